// Each argument of a call and each element of a literal is checked: errors in several are all reported.
package main

import "fmt"

func f(a int, b string) {}

func main() {
	f(1)
	f("a", 1)
	f(1, "b", 2)
	f()
	x := f(1, "b")
	fmt.Println(x)
	fmt.Println(f(1, "c"))
}
