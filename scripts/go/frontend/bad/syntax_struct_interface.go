// A struct field list with commas and an interface with a literal in it.
package main

type T struct {
	A int,
	B string
}

type I interface {
	M() int
	5
}

func main() {}
