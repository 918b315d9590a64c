// Elements of a slice literal that do not implement the element interface are each reported.
package main

import "fmt"

type Animal interface {
	Sound() string
}

type Dog struct{}

func (d *Dog) Sound() string { return "woof" }

type Cat struct{}

func main() {
	var a Animal = Dog{}
	var b Animal = Cat{}
	animals := []Animal{Dog{}, &Dog{}, Cat{}}
	fmt.Println(a, b, animals)
}
