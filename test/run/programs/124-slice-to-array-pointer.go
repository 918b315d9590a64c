// Converting a slice to an array pointer: the pointer shares the slice's array,
// a nil slice gives a nil *[0]T, and a short slice panics with Go's message.

package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	a := (*[3]int)(s)
	fmt.Println(a[0], a[1], a[2], len(a))
	a[1] = 7
	fmt.Println(s[1], *a)
	b := (*[2]int)(s[2:])
	b[0] = 9
	fmt.Println(s)
	var ns []int
	z := (*[0]int)(ns)
	fmt.Println(z == nil, (*[0]int)(s) != nil)
	defer func() { fmt.Println(recover()) }()
	_ = (*[5]int)(s)
}
