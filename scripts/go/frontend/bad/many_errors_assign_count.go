// A count mismatch between variables and values is reported at the first value, which decides its place in the list.
package main

func main() {
	var a, b int
	a, b = 1, 2, 3
	c, d := 1, 2, 3
	e := 1, 2
	a = 1, 2
	_, _, _, _ = a, b, c, d
	_ = e
}
