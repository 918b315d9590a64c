// runtime.GC counts: NumGC and NumForcedGC go up by one per call with GOGC
// off (no collection starts on its own), EnableGC stays true. With GOGC=off
// NextGC is the goal the default memory limit gives: MaxInt64 less the
// runtime's mapped overhead, which varies by a few KiB between runs, so only
// its magnitude is printed.
// gomem-env: GOGC=off
package main

import (
	"fmt"
	"math"
	"runtime"
)

var ms runtime.MemStats
var sink []byte

func main() {
	runtime.ReadMemStats(&ms)
	fmt.Println(ms.NumGC, ms.NumForcedGC, ms.EnableGC, ms.DebugGC, len(ms.BySize))
	for i := 0; i < 1000; i++ {
		sink = make([]byte, 100000)
	}
	runtime.ReadMemStats(&ms)
	fmt.Println(ms.NumGC, ms.NextGC > math.MaxInt64/2, ms.TotalAlloc >= 100000*1000)
	for i := 0; i < 5; i++ {
		runtime.GC()
	}
	runtime.ReadMemStats(&ms)
	fmt.Println(ms.NumGC, ms.NumForcedGC, ms.NextGC > math.MaxInt64/2, len(ms.PauseNs), ms.LastGC > 0)
	fmt.Println(ms.HeapAlloc < 1<<20, ms.HeapObjects > 0, ms.Lookups, ms.GCCPUFraction >= 0)
}
