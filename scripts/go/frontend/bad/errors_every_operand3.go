// One error per operand across statements of several kinds.
package main

import "fmt"

func f(int, string) {}

func main() {
	x := undef1 + undef2
	y := undef3[undef4]
	z := map[string]int{undef5: undef6}
	if undef7 == undef8 {
	}
	w := undef9.field + 1
	var a int = "s" + 1
	b := []int{1, "x", 2.5}
	c, d := 1
	f("a", 1)
	fmt.Println(x, y, z, w, a, b, c, d)
}
