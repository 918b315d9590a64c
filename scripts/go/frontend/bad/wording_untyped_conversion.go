// An untyped constant converted as an operand or index: truncated to, cannot convert, a named constant's value.
package main

const Pi = 3.14

func main() {
	total := 10
	_ = total / 5.5
	var r int = Pi
	a := []int{1, 2}
	_ = a[1.5]
	_ = a["x"]
	var v int8 = 1
	_ = v + 300
	_ = r
}
