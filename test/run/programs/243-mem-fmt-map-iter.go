// Formatting a map whose buckets hold no pointers starts a map iterator, which
// gives the map its mapextra and overflow list (24 bytes each) the first time.
// gomem-env: GOGC=off
package main

import (
	"fmt"
	"runtime"
)

var ints = map[int]int{1: 10, 2: 20, 3: 30}
var small = map[int8]bool{1: true}
var strs = map[string]int{"a": 1}
var empty = map[int]int{}
var s string
var ms0, ms1 runtime.MemStats

func report(name string) {
	fmt.Printf("%-10s mallocs=%d total=%d", name, ms1.Mallocs-ms0.Mallocs, ms1.TotalAlloc-ms0.TotalAlloc)
	for i := range ms1.BySize {
		if d := ms1.BySize[i].Mallocs - ms0.BySize[i].Mallocs; d != 0 {
			fmt.Printf(" [%d]x%d", ms1.BySize[i].Size, d)
		}
	}
	fmt.Println()
}

func main() {
	s = fmt.Sprint(1)
	runtime.ReadMemStats(&ms0)
	s = fmt.Sprint(ints)
	runtime.ReadMemStats(&ms1)
	report("ints")
	runtime.ReadMemStats(&ms0)
	s = fmt.Sprint(ints)
	runtime.ReadMemStats(&ms1)
	report("again")
	runtime.ReadMemStats(&ms0)
	s = fmt.Sprint(small)
	runtime.ReadMemStats(&ms1)
	report("int8")
	runtime.ReadMemStats(&ms0)
	s = fmt.Sprint(strs)
	runtime.ReadMemStats(&ms1)
	report("strings")
	runtime.ReadMemStats(&ms0)
	s = fmt.Sprint(empty)
	runtime.ReadMemStats(&ms1)
	report("empty")
	fmt.Println(s, ints, small, strs)
}
