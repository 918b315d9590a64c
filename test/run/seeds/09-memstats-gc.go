// Seed 003, second example (垃圾回收: ReadMemStats, 1,000,000 times
// `_ = make([]byte, 1024)`, runtime.GC). The article says this "creates a
// large number of objects". Go: the slices do not escape and have a constant
// size, so they are made on the stack: the loop allocates nothing on the heap
// and TotalAlloc does not move. The article prints absolute TotalAlloc
// values, which differ from run to run; this prints the deltas.
// gomem-env: GOGC=off
package main

import (
	"fmt"
	"runtime"
)

var m0, m1, m2 runtime.MemStats

func main() {
	runtime.ReadMemStats(&m0)
	// 创建大量对象
	for i := 0; i < 1000000; i++ {
		_ = make([]byte, 1024)
	}
	runtime.ReadMemStats(&m1)
	runtime.GC()
	runtime.ReadMemStats(&m2)
	fmt.Printf("loop TotalAlloc delta: %d bytes, Mallocs delta: %d\n", m1.TotalAlloc-m0.TotalAlloc, m1.Mallocs-m0.Mallocs)
	fmt.Printf("GCs: %d\n", m2.NumGC-m1.NumGC)
}
