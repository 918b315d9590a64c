// Errors in several statements and functions: go build lists them all, sorted.
package main

import (
	"fmt"
	"os"
)

func f() int {
	y := undefinedThing
	fmt.Println(y + 1)
	return "s"
}

func main() {
	x := 1
	var s string = 2
	z := "a" + 1
	fmt.Println(z.Len())
	for i := 0; i < 3; i++ {
		q := i
		w = 3
	}
}
