// A struct field or method type that fails is reported; the type is still usable.
package main

import "fmt"

type Point struct {
	X, Y Flaot
	Name string
}

type Shape interface {
	Area() flot64
}

func main() {
	p := Point{1, 2, "a"}
	p.Name = 3
	fmt.Println(p.X + 1)
	var s Shape
	_ = s
	x := 5
}
