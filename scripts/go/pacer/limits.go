// Command limits records how Go 1.19 read GOGC and GOMEMLIMIT, as one JSON line on
// stdout, for scripts/fixtures-pacer.sh: the gcPercent and memory limit the runtime
// ended up with (each read back through the debug setter with a negative argument,
// which only reports) and the first MemStats.NextGC. A malformed GOMEMLIMIT never
// gets here: the runtime dies during startup, and the script records that instead.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

var stats runtime.MemStats

func main() {
	// Read NextGC first: SetGCPercent(-1) turns the collector off, which moves it.
	runtime.ReadMemStats(&stats)
	limit := debug.SetMemoryLimit(-1)
	percent := debug.SetGCPercent(-1)
	// The limit and the goal go out as strings: near math.MaxInt64 (no limit, or
	// GOGC=off) they do not survive a float64.
	fmt.Printf("{\"gc_percent\": %d, \"memory_limit\": \"%d\", \"next_gc\": \"%d\"}\n", percent, limit, stats.NextGC)
}
