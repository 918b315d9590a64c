// sync.Pool with two Ps: the per-P poolLocal array is 256 bytes (two
// 128-byte poolLocals). No cycle runs: with two Ps, Go's background
// workers allocate at times of their own during and after a cycle, which
// would make the deltas vary from run to run.
// gomem-env: GOMAXPROCS=2
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type item struct{ a, b, c, d int }

var ms0, ms1 runtime.MemStats

type delta struct {
	name                           string
	mallocs, frees, total, objects int64
	n                              int
	classes                        [8]uint32
	counts                         [8]int64
}

var deltas [32]delta
var ndeltas int

func begin() { runtime.ReadMemStats(&ms0) }

func end(name string) {
	runtime.ReadMemStats(&ms1)
	d := &deltas[ndeltas]
	ndeltas++
	d.name = name
	d.mallocs = int64(ms1.Mallocs - ms0.Mallocs)
	d.frees = int64(ms1.Frees - ms0.Frees)
	d.total = int64(ms1.TotalAlloc - ms0.TotalAlloc)
	d.objects = int64(ms1.HeapObjects) - int64(ms0.HeapObjects)
	for i := range ms1.BySize {
		if c := int64(ms1.BySize[i].Mallocs - ms0.BySize[i].Mallocs); c != 0 && d.n < len(d.classes) {
			d.classes[d.n] = ms1.BySize[i].Size
			d.counts[d.n] = c
			d.n++
		}
	}
}

var pool = sync.Pool{New: func() any { return new(item) }}
var bare sync.Pool
var held [20]*item
var sink any

func main() {
	for i := range held {
		held[i] = new(item)
	}
	begin()
	sink = pool.Get()
	end("first Get (New)")
	begin()
	pool.Put(sink)
	pool.Put(held[0])
	end("Put private, shared")
	begin()
	for i := 1; i < 20; i++ {
		bare.Put(held[i])
	}
	end("bare 19 Puts")
	for _, d := range deltas[:ndeltas] {
		fmt.Printf("%-22s mallocs=%d frees=%d total=%d objects=%d", d.name, d.mallocs, d.frees, d.total, d.objects)
		for i := 0; i < d.n; i++ {
			fmt.Printf(" [%d]x%d", d.classes[i], d.counts[i])
		}
		fmt.Println()
	}
}
