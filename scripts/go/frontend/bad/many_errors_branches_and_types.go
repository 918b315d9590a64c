// Misused branches and go/defer of a non-call are reported by the parser, but the package is still type-checked.
package main

import "fmt"

type File struct{}

func (File) Close() error { return nil }

func f() {
	var x int = "a"
	break
}

func main() {
	var file File
	defer file.Close
	defer (fmt.Println())
	var y int = "b"
	go y
}
