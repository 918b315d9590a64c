// panic of a constant: its conversion to interface stands at the call, not at the constant.
package main

const msg = "named"

type E string

func f1() { panic("boom") }
func f2() { panic(msg) }
func f3() { panic(E("typed")) }
func f4() { panic(42) }

func main() {}
