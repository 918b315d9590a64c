// Map growth with GOGC=off: an escaping map allocates its hmap, then bucket
// arrays as it doubles; a size hint allocates the buckets once. How many
// overflow buckets (144 bytes here) and overflow-list slices a fill needs
// depends on the per-process hash seed, so growth is reported by the bucket
// arrays alone and the bytes of large objects. Bucket arrays hold 2^B
// buckets of 144 bytes (plus preallocated overflow buckets from B=4), so
// their classes are 288 bytes and up and never powers of two; the overflow
// list's slices, which do depend on the seed, are powers of two.
// gomem-env: GOGC=off
package main

import (
	"fmt"
	"runtime"
)

var sink map[int]int
var ssink map[string]string

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

// buckets prints the deltas of the size classes bucket arrays use (see above)
// and the bytes allocated as large objects.
func buckets(name string) {
	fmt.Printf("%-10s", name)
	small := uint64(0)
	for i := range ms1.BySize {
		d := ms1.BySize[i].Mallocs - ms0.BySize[i].Mallocs
		small += d * uint64(ms1.BySize[i].Size)
		if size := ms1.BySize[i].Size; d != 0 && size >= 288 && size&(size-1) != 0 {
			fmt.Printf(" [%d]x%d", ms1.BySize[i].Size, d)
		}
	}
	fmt.Printf(" large=%d frees=%d\n", ms1.TotalAlloc-ms0.TotalAlloc-small, ms1.Frees-ms0.Frees)
}

func main() {
	runtime.ReadMemStats(&ms0)
	m := make(map[int]int)
	sink = m
	runtime.ReadMemStats(&ms1)
	report("make")
	runtime.ReadMemStats(&ms0)
	for i := 0; i < 8; i++ {
		m[i] = i
	}
	runtime.ReadMemStats(&ms1)
	report("8 keys")
	runtime.ReadMemStats(&ms0)
	for i := 8; i < 1000; i++ {
		m[i] = i
	}
	runtime.ReadMemStats(&ms1)
	buckets("1000 keys")
	runtime.ReadMemStats(&ms0)
	sink = make(map[int]int, 1000)
	runtime.ReadMemStats(&ms1)
	buckets("hint 1000")
	runtime.ReadMemStats(&ms0)
	for i := 0; i < 1000; i++ {
		sink[i] = i
	}
	runtime.ReadMemStats(&ms1)
	buckets("fill hint")
	runtime.ReadMemStats(&ms0)
	for i := 0; i < 1000; i++ {
		delete(sink, i)
	}
	runtime.ReadMemStats(&ms1)
	report("delete")
	runtime.ReadMemStats(&ms0)
	ssink = map[string]string{"a": "1", "b": "2", "c": "3"}
	runtime.ReadMemStats(&ms1)
	report("literal")
	fmt.Println(len(m), len(sink), len(ssink))
}
