// sync.Pool's own allocations: the per-P poolLocal array (128 bytes per P)
// and the allPools slice on a pool's first use after each GC, the chain
// element (48 bytes) and its ring of 8, 16, 32 … interface slots when Puts
// overflow the private slot, and what the victim cache keeps across one GC
// and frees after two. MemStats deltas are read around each step; the report
// itself formats nothing inside a measured window. The pool in a heap
// object stays reachable from allPools until the next GC.
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

var deltas [64]delta
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
var held [40]*item
var sink any
var names = map[int]string{9: "bare Put 9", 16: "bare Put 16", 17: "bare Put 17", 32: "bare Put 32"}

func main() {
	for i := range held {
		held[i] = new(item)
	}
	// Go's first cycles allocate for the runtime itself (mark workers, and an
	// 8-byte object in the third): not measured.
	runtime.GC()
	runtime.GC()
	runtime.GC()
	begin()
	sink = pool.Get()
	end("first Get (New)")
	begin()
	pool.Put(sink)
	end("Put to private")
	begin()
	sink = pool.Get()
	end("Get from private")
	begin()
	pool.Put(sink)
	pool.Put(held[0])
	end("Put to shared")
	begin()
	for i := 1; i < 8; i++ {
		bare.Put(held[i])
	}
	end("bare 7 Puts")
	begin()
	for i := 8; i < 40; i++ {
		bare.Put(held[i])
		if i == 9 || i == 16 || i == 17 || i == 32 {
			end(names[i])
			begin()
		}
	}
	end("bare Puts to 40")
	begin()
	for i := 0; i < 10; i++ {
		sink = bare.Get()
	}
	end("bare 10 Gets")
	begin()
	runtime.GC()
	end("GC 1")
	begin()
	sink = pool.Get()
	end("Get after 1 GC")
	begin()
	sink = bare.Get()
	end("bare Get after 1 GC")
	begin()
	runtime.GC()
	end("GC 2")
	begin()
	runtime.GC()
	end("GC 3")
	begin()
	sink = bare.Get()
	end("bare Get after 3 GCs")
	begin()
	sink = pool.Get()
	end("Get after 3 GCs")
	begin()
	pool.Put(new(item))
	end("Put new item")
	sink = nil
	for i := range held {
		held[i] = nil
	}
	begin()
	runtime.GC()
	runtime.GC()
	runtime.GC()
	end("3 GCs")
	p := &sync.Pool{}
	begin()
	p.Put(new(int))
	end("heap pool Put")
	p = nil
	begin()
	runtime.GC()
	runtime.GC()
	end("2 GCs")
	for _, d := range deltas[:ndeltas] {
		fmt.Printf("%-22s mallocs=%d frees=%d total=%d objects=%d", d.name, d.mallocs, d.frees, d.total, d.objects)
		for i := 0; i < d.n; i++ {
			fmt.Printf(" [%d]x%d", d.classes[i], d.counts[i])
		}
		fmt.Println()
	}
}
