package main

import "sync"

func main() {
	_ = sync.Mutex{0, 0}
}
