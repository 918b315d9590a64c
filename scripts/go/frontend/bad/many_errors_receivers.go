// Bad receiver lists are reported and the methods checked as Go's parser leaves them.
package main

type T int

func () f() {}

func (a, b T) g() {}

func main() {
	var x int = "s"
	defer recover
}
