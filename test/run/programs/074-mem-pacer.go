// With GOGC=100 and a steady live heap of about 4 MiB, 400 MiB of garbage
// triggers collections on their own. The exact count depends on timing, so
// only facts that hold every time are printed: collections happened, none
// were forced, and NextGC after a forced GC is (1+GOGC/100) times the live
// heap it marked, within a small tolerance.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

var live [][]byte
var sink []byte
var ms runtime.MemStats

func main() {
	for i := 0; i < 4096; i++ {
		live = append(live, make([]byte, 1024))
	}
	runtime.GC()
	runtime.ReadMemStats(&ms)
	n0, f0 := ms.NumGC, ms.NumForcedGC
	for i := 0; i < 400*1024; i++ {
		sink = make([]byte, 1024)
	}
	runtime.ReadMemStats(&ms)
	auto := ms.NumGC - n0
	fmt.Println("automatic collections > 20:", auto > 20, "< 200:", auto < 200, "forced:", ms.NumForcedGC-f0)
	sink = nil
	runtime.GC()
	runtime.ReadMemStats(&ms)
	ratio := float64(ms.NextGC) / float64(ms.HeapAlloc)
	fmt.Println("NextGC/HeapAlloc in [1.9, 2.1]:", ratio > 1.9 && ratio < 2.1)
	old := debug.SetGCPercent(50)
	runtime.GC()
	runtime.ReadMemStats(&ms)
	ratio = float64(ms.NextGC) / float64(ms.HeapAlloc)
	fmt.Println("old percent", old, "NextGC/HeapAlloc in [1.4, 1.6]:", ratio > 1.4 && ratio < 1.6)
	fmt.Println(len(live))
}
