// MemStats invariants that hold in any run: the BySize size classes, heap
// accounting relations, and stable counters with GOGC=off.
// gomem-env: GOGC=off
package main

import (
	"fmt"
	"runtime"
)

var ms runtime.MemStats

func main() {
	runtime.ReadMemStats(&ms)
	for _, c := range ms.BySize {
		fmt.Print(c.Size, " ")
	}
	fmt.Println()
	fmt.Println(ms.HeapAlloc == ms.Alloc, ms.HeapInuse >= ms.HeapAlloc, ms.HeapSys >= ms.HeapInuse+ms.HeapIdle-ms.HeapIdle)
	fmt.Println(ms.Sys >= ms.HeapSys+ms.StackSys, ms.StackInuse <= ms.StackSys, ms.HeapObjects == ms.Mallocs-ms.Frees)
	fmt.Println(ms.NumGC, ms.PauseTotalNs, ms.NextGC > 0, ms.Lookups)
	var sum uint64
	for _, c := range ms.BySize {
		sum += c.Mallocs - c.Frees
	}
	fmt.Println(sum <= ms.HeapObjects)
}
