// Package initialization order as the spec gives it: repeatedly the earliest
// declaration whose dependencies are initialized (b and c before a, which
// names c first; then d).
package main

import "fmt"

func p(s string, v int) int { fmt.Println(s); return v }

var a = c + b
var b = p("b", 1)
var c = p("c", 2)
var d = p("d", 3)

func main() { fmt.Println(a, b, c, d) }
