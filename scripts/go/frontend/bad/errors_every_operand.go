// An error in one operand, index, argument or value does not hide those in the
// others: types2 checks them all before it gives up on the expression.
package main

import "fmt"

func main() {
	a := undefF(undefA, undefB)
	b := undefS[undefLo:undefHi]
	c := undefX << undefN
	d := undefP == undefQ
	e := fmt.Sprint(undefR) + undefT
	var arr [3]int
	f := arr[undefI] + arr["s"]
	g := undefM.Method(undefArg)
	fmt.Println(a, b, c, d, e, f, g)
}
