// Seed 000 §4.2 垃圾回收: `var x int; fmt.Println(&x); x = 0;
// fmt.Println(&x)`. The article claims setting x to 0 makes its "reference
// count" 0 and triggers garbage collection. Go has no reference counting:
// assigning 0 changes the value only; x's address is unchanged, nothing is
// freed and no collection runs (NumGC and Frees do not move).
// gomem-env: GOGC=off
package main

import (
	"fmt"
	"runtime"
)

var ms0, ms1 runtime.MemStats

func main() {
	var x int
	p1 := &x
	runtime.ReadMemStats(&ms0)
	x = 0
	runtime.ReadMemStats(&ms1)
	p2 := &x
	fmt.Println(p1 == p2, *p2)
	fmt.Println("collections:", ms1.NumGC-ms0.NumGC, "frees:", ms1.Frees-ms0.Frees)
}
