// A variable whose declaration failed is used without further errors (types2 drops follow-ons).
package main

import "fmt"

func h() (int, error) { return 0, nil }

func main() {
	a := h()
	b, c := h()
	fmt.Println(b)
	d := a + 1
	e := undefinedFn(b)
	fmt.Println(e.Foo)
	var x int = "s"
	x++
	y := 5
	y = "str"
	switch z := 3; z {
	case "a":
	}
}
