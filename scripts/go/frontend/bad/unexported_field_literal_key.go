package main

import "strings"

func main() {
	_ = strings.Builder{buf: nil}
}
