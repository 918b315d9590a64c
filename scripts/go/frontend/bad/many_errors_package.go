// Package-level declarations that fail leave invalid objects; the check goes on into the bodies.
package main

import "fmt"

var g = undefinedG
var h, k = 1
const c1 = "a" + 1
var ok = 3

func main() {
	fmt.Println(g + 1, c1, ok)
	y := g
	var s string = ok
}
