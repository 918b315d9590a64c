// new(T) for T of many sizes with GOGC=off: every allocation is rounded up
// to its size class, so TotalAlloc grows by the class size and BySize counts
// one malloc in that class; objects over 32 KiB are large (no BySize entry,
// TotalAlloc rounded to whole 8 KiB pages).
// gomem-env: GOGC=off
package main

import (
	"fmt"
	"runtime"
)

var ms0, ms1 runtime.MemStats
var sink interface{}

func report(name string) {
	fmt.Printf("%-8s mallocs=%d frees=%d total=%d objects=%d", name,
		ms1.Mallocs-ms0.Mallocs, ms1.Frees-ms0.Frees, ms1.TotalAlloc-ms0.TotalAlloc, ms1.HeapObjects-ms0.HeapObjects)
	for i := range ms1.BySize {
		if d := ms1.BySize[i].Mallocs - ms0.BySize[i].Mallocs; d != 0 {
			fmt.Printf(" [%d]x%d", ms1.BySize[i].Size, d)
		}
	}
	fmt.Println()
}

// Pointer-holding arrays never take the tiny allocator.
type p1 [1]*int
type p3 [3]*int
type p5 [5]*int
type p13 [13]*int
type p100 [100]*int
type p1000 [1000]*int
type p4100 [4100]*int

// Pointer-free sizes just above a class boundary.
type b17 [17]byte
type b33 [33]byte
type b129 [129]byte
type b1025 [1025]byte
type b9000 [9000]byte
type b32768 [32768]byte
type b32769 [32769]byte

func main() {
	runtime.ReadMemStats(&ms0)
	sink = new(p1)
	runtime.ReadMemStats(&ms1)
	report("p1")
	runtime.ReadMemStats(&ms0)
	sink = new(p3)
	runtime.ReadMemStats(&ms1)
	report("p3")
	runtime.ReadMemStats(&ms0)
	sink = new(p5)
	runtime.ReadMemStats(&ms1)
	report("p5")
	runtime.ReadMemStats(&ms0)
	sink = new(p13)
	runtime.ReadMemStats(&ms1)
	report("p13")
	runtime.ReadMemStats(&ms0)
	sink = new(p100)
	runtime.ReadMemStats(&ms1)
	report("p100")
	runtime.ReadMemStats(&ms0)
	sink = new(p1000)
	runtime.ReadMemStats(&ms1)
	report("p1000")
	runtime.ReadMemStats(&ms0)
	sink = new(p4100)
	runtime.ReadMemStats(&ms1)
	report("p4100")
	runtime.ReadMemStats(&ms0)
	sink = new(b17)
	runtime.ReadMemStats(&ms1)
	report("b17")
	runtime.ReadMemStats(&ms0)
	sink = new(b33)
	runtime.ReadMemStats(&ms1)
	report("b33")
	runtime.ReadMemStats(&ms0)
	sink = new(b129)
	runtime.ReadMemStats(&ms1)
	report("b129")
	runtime.ReadMemStats(&ms0)
	sink = new(b1025)
	runtime.ReadMemStats(&ms1)
	report("b1025")
	runtime.ReadMemStats(&ms0)
	sink = new(b9000)
	runtime.ReadMemStats(&ms1)
	report("b9000")
	runtime.ReadMemStats(&ms0)
	sink = new(b32768)
	runtime.ReadMemStats(&ms1)
	report("b32768")
	runtime.ReadMemStats(&ms0)
	sink = new(b32769)
	runtime.ReadMemStats(&ms1)
	report("b32769")
	runtime.ReadMemStats(&ms0)
	for i := 0; i < 10; i++ {
		sink = new(p3)
	}
	runtime.ReadMemStats(&ms1)
	report("10xp3")
}
