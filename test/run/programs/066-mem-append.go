// append growth on an escaping slice with GOGC=off: each growth is one
// allocation of the grown capacity rounded to its class; the whole sequence's
// malloc count and TotalAlloc are exact.
// gomem-env: GOGC=off
package main

import (
	"fmt"
	"runtime"
)

var ints []int
var ptrs []*int
var bytes []byte

var ms0, ms1 runtime.MemStats

// report prints the MemStats deltas between ms0 and ms1 and the size classes
// whose malloc count changed.
func report(name string) {
	fmt.Printf("%-10s mallocs=%d frees=%d total=%d objects=%d", name,
		ms1.Mallocs-ms0.Mallocs, ms1.Frees-ms0.Frees, ms1.TotalAlloc-ms0.TotalAlloc, ms1.HeapObjects-ms0.HeapObjects)
	for i := range ms1.BySize {
		if d := ms1.BySize[i].Mallocs - ms0.BySize[i].Mallocs; d != 0 {
			fmt.Printf(" [%d]x%d", ms1.BySize[i].Size, d)
		}
	}
	fmt.Println()
}
func main() {
	runtime.ReadMemStats(&ms0)
	for i := 0; i < 1000; i++ {
		ints = append(ints, i)
	}
	runtime.ReadMemStats(&ms1)
	report("1000 ints")
	runtime.ReadMemStats(&ms0)
	for i := 0; i < 100; i++ {
		ptrs = append(ptrs, nil)
	}
	runtime.ReadMemStats(&ms1)
	report("100 ptrs")
	runtime.ReadMemStats(&ms0)
	for i := 0; i < 5000; i++ {
		bytes = append(bytes, 'x')
	}
	runtime.ReadMemStats(&ms1)
	report("5000 bytes")
	runtime.ReadMemStats(&ms0)
	ints = make([]int, 0, 2000)
	for i := 0; i < 2000; i++ {
		ints = append(ints, i)
	}
	runtime.ReadMemStats(&ms1)
	report("presized")
	runtime.ReadMemStats(&ms0)
	bytes = append([]byte(nil), make([]byte, 700)...)
	runtime.ReadMemStats(&ms1)
	report("spread 700")
	fmt.Println(len(ints), cap(ints), len(bytes), cap(bytes))
}
