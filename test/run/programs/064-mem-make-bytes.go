// make([]byte, n) that escapes, for lengths around size-class boundaries,
// with GOGC=off: zero length allocates nothing (zerobase), the rest round up
// to a class; lengths over 32 KiB are large objects.
// gomem-env: GOGC=off
package main

import (
	"fmt"
	"runtime"
)

var sink []byte

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
	for _, n := range []int{0, 1, 8, 15, 16, 17, 100, 1000, 1024, 4095, 20000, 32768, 32769, 100000, 1 << 20} {
		runtime.ReadMemStats(&ms0)
		sink = make([]byte, n)
		runtime.ReadMemStats(&ms1)
		report(fmt.Sprint("make ", n))
	}
	runtime.ReadMemStats(&ms0)
	for i := 0; i < 100; i++ {
		sink = make([]byte, 48)
	}
	runtime.ReadMemStats(&ms1)
	report("100x48")
}
