// The tiny allocator: pointer-free objects under 16 bytes share 16-byte
// blocks. Mallocs counts every tiny allocation, BySize counts only the
// 16-byte blocks taken, TotalAlloc grows by 16 per block.
// gomem-env: GOGC=off
package main

import (
	"fmt"
	"runtime"
)

var s8 *int64
var s4 *int32
var s1 *byte
var s12 *[12]byte
var sp **int

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
	// Start from a fresh tiny block so the counts do not depend on what
	// the runtime left in the current one.
	s12 = new([12]byte)
	s12 = new([12]byte)
	runtime.ReadMemStats(&ms0)
	for i := 0; i < 64; i++ {
		s8 = new(int64)
	}
	runtime.ReadMemStats(&ms1)
	report("64xint64")
	runtime.ReadMemStats(&ms0)
	for i := 0; i < 64; i++ {
		s4 = new(int32)
	}
	runtime.ReadMemStats(&ms1)
	report("64xint32")
	runtime.ReadMemStats(&ms0)
	for i := 0; i < 64; i++ {
		s1 = new(byte)
	}
	runtime.ReadMemStats(&ms1)
	report("64xbyte")
	runtime.ReadMemStats(&ms0)
	for i := 0; i < 10; i++ {
		s12 = new([12]byte)
	}
	runtime.ReadMemStats(&ms1)
	report("10x[12]b")
	runtime.ReadMemStats(&ms0)
	for i := 0; i < 10; i++ {
		sp = new(*int)
	}
	runtime.ReadMemStats(&ms1)
	report("10x*int")
}
