// alloc.go's work timed with no collection running: the collector is off
// (debug.SetGCPercent(-1), as GOGC=off) and runtime.GC runs between batches of
// 20,000 allocations, outside the timed loop, so every batch allocates into
// swept spans and nothing collects while the clock runs. numgc and pauseTotal
// count the collections inside the timed loop (none).
package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"time"
)

type Node struct {
	item        int
	left, right *Node
}

var sink *Node

// batch matches allocBatch in gomem's src/cli/bench.ts.
const batch = 20000

func main() {
	n, _ := strconv.Atoi(os.Args[1])
	debug.SetGCPercent(-1)
	var keep *Node
	var d time.Duration
	var m runtime.MemStats
	var numgc uint32
	var pause uint64
	for from := 0; from < n; from += batch {
		to := from + batch
		if to > n {
			to = n
		}
		runtime.ReadMemStats(&m)
		gc0, pause0 := m.NumGC, m.PauseTotalNs
		t0 := time.Now()
		for i := from; i < to; i++ {
			x := &Node{item: i}
			if i%1000 == 0 {
				x.left = keep
				keep = x
			}
			sink = x
		}
		d += time.Since(t0)
		runtime.ReadMemStats(&m)
		numgc += m.NumGC - gc0
		pause += m.PauseTotalNs - pause0
		runtime.GC()
	}
	fmt.Printf("ns/op %.2f numgc %d pauseTotal %dus\n", float64(d.Nanoseconds())/float64(n), numgc, pause/1000)
}
