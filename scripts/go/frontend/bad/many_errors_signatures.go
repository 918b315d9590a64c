// A parameter or result type that fails is reported; the function and its body are still checked.
package main

import "fmt"

func f(x Strng, n int) int {
	y := 1
	return n + "a"
}

func main() {
	fmt.Println(func(x undefinedT) { y := 1 })
	g := func(a int) (r Rezult) { return a }
	_ = g
	var q int = "s"
}
