// GOMEMLIMIT=100MiB sets the soft memory limit read by SetMemoryLimit(-1);
// with GOGC=off the limit alone drives collection: allocating 400 MiB of
// garbage with a small live heap collects several times and the heap stays
// under the limit.
// gomem-env: GOGC=off GOMEMLIMIT=100MiB
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

var sink []byte
var ms runtime.MemStats

func main() {
	fmt.Println(debug.SetMemoryLimit(-1))
	maxHeap := uint64(0)
	for i := 0; i < 400; i++ {
		sink = make([]byte, 1<<20)
		if i%50 == 0 {
			runtime.ReadMemStats(&ms)
			if ms.HeapAlloc > maxHeap {
				maxHeap = ms.HeapAlloc
			}
		}
	}
	runtime.ReadMemStats(&ms)
	fmt.Println("collected:", ms.NumGC > 1, "forced:", ms.NumForcedGC, "heap under limit:", maxHeap < 100<<20)
}
