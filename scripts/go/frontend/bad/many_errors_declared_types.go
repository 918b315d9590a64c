// A variable whose declaration failed keeps the type types2 gives it: the declared type, a call's result, a literal's type.
package main

import "fmt"

type Person struct {
	Name string
	Age  int
}

func add(a, b int) int { return a + b }

func main() {
	var x int = "a"
	x = "b"
	total := add("1", 2)
	var sum int = add(1, "2")
	p := Person{Name: "Bob", Age: "thirty"}
	fmt.Println(p.name)
	r, err := fmt.Println(undefinedV)
	fmt.Println(r)
}
