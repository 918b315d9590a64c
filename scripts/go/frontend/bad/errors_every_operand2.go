// More operands: conversions, selectors, calls on invalid values, unary operands.
package main

import "fmt"

type T struct{}

func main() {
	e := fmt.Sprint(undefR) + undefT
	var arr [3]int
	f := arr[undefI] + arr["s"]
	g := undefM.Method(undefArg)
	h := T{}.Nope(undefZ)
	k := -undefU + 1
	var s []int
	s[undefV], s[undefW] = 1, 2
	undefL = undefRHS
	fmt.Println(e, f, g, h, k)
}
