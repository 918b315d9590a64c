// Seed 000 (背景介绍 §2.1–2.3 and §4.3 内存安全): `var x int; x = 0;
// fmt.Println(x)`. The article says declaring x "allocates it on the heap"
// and that the printed value "represents the memory x occupies". Go: x is a
// local that never escapes, so it lives on the stack (no heap allocation at
// all), and what is printed is its zero value, 0.
// gomem-env: GOGC=off
package main

import (
	"fmt"
	"runtime"
)

var ms0, ms1 runtime.MemStats

func main() {
	runtime.ReadMemStats(&ms0)
	var x int
	x = 0
	y := x + 1
	runtime.ReadMemStats(&ms1)
	fmt.Println(x)
	fmt.Println(y, "heap allocations:", ms1.Mallocs-ms0.Mallocs)
}
