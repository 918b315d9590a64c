// Collection frees what is unreachable: after warm-up collections, 1000
// garbage objects and 500 retained ones are allocated; one runtime.GC (which
// also finishes sweeping) frees the garbage; HeapObjects counts the retained
// ones; a second GC frees nothing of ours; dropping the list frees the rest.
// Results are printed at the end so that nothing of the program's allocates
// between the MemStats reads; the runtime itself now and then allocates an
// 8-byte object during a collection, so only the nodes' size class (24 bytes,
// BySize[3]) is reported, which nothing else here uses.
// gomem-env: GOGC=off
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	next *node
	pad  [2]int
}

var keep *node
var sink *node
var ms [5]runtime.MemStats

func main() {
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&ms[0])
	for i := 0; i < 1500; i++ {
		n := &node{}
		if i%3 == 0 {
			n.next = keep
			keep = n
		} else {
			sink = n
		}
	}
	sink = nil
	runtime.ReadMemStats(&ms[1])
	runtime.GC()
	runtime.ReadMemStats(&ms[2])
	runtime.GC()
	runtime.ReadMemStats(&ms[3])
	keep = nil
	runtime.GC()
	runtime.ReadMemStats(&ms[4])
	for i, name := range []string{"alloc", "gc 1", "gc 2", "drop+gc"} {
		a, b := &ms[i], &ms[i+1]
		fmt.Printf("%-8s numgc=%d [%d] mallocs=%d frees=%d\n", name, b.NumGC-a.NumGC,
			b.BySize[3].Size, b.BySize[3].Mallocs-a.BySize[3].Mallocs, b.BySize[3].Frees-a.BySize[3].Frees)
	}
}
