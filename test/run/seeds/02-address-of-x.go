// Seed 000 §4.1 内存分配: `var x int; fmt.Println(&x)`. The article prints
// the address. An address is not the same from run to run (nor between Go
// and gomem), so this prints what holds every time: &x is a non-nil pointer
// printed in hex, and it points at x's zero value. Passing &x to fmt makes x
// escape: it is moved to the heap (one 8-byte object in the tiny allocator).
package main

import (
	"fmt"
	"strings"
)

func main() {
	var x int
	s := fmt.Sprint(&x)
	fmt.Println(strings.HasPrefix(s, "0x"), &x != nil, *(&x))
}
