// A statement that uses a variable whose declaration failed still reports its own errors; the invalid operand itself adds none.
package main

import "fmt"

func main() {
	x := undefinedX
	if x {
		fmt.Println(x, undefinedY)
	}
	a, b := x
	fmt.Println(a, b, "n"+1)
	for x {
	}
}
