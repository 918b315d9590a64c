// A program in three files: main.go uses types declared in shapes.go and a
// helper in util.go; one package main built from all of them.
package main

import "fmt"

func main() {
	shapes := []Shape{Square{2}, Circle{1}, Square{3}}
	fmt.Printf("%.3f\n", totalArea(shapes))
	for _, s := range shapes {
		fmt.Println(describe(s))
	}
}
