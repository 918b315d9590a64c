// A concatenation whose one non-empty operand is a string(r) or string(b) in a
// stack buffer copies it, as concatstrings does; a constant operand is not copied.

package main

import (
	"fmt"
	"runtime"
)

func main() {
	cat := ""
	for i := 0; i < 3; i++ {
		cat = cat + string(rune('a'+i))
	}
	fmt.Println(cat)

	b := []byte("xy")
	s := "" + string(b)
	b[0] = 'z'
	t := string(b) + ""
	fmt.Println(s, t)

	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	before := ms.Mallocs
	for i := 0; i < 100; i++ {
		cat = "" + string(rune('A'+i%26))
	}
	runtime.ReadMemStats(&ms)
	fmt.Println(cat, ms.Mallocs-before)

	// A constant operand is in read-only data, not on the stack: no copy.
	u := ""
	runtime.ReadMemStats(&ms)
	before = ms.Mallocs
	u += "y"
	runtime.ReadMemStats(&ms)
	fmt.Println(u, ms.Mallocs-before)
}
