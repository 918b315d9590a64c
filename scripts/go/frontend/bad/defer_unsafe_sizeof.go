package main

import "unsafe"

func main() {
	var x int
	defer unsafe.Sizeof(x)
}
