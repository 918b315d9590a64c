// What starting goroutines allocates: each new G's descriptor (runtime.g,
// 392 bytes, in the 416-byte class) and, when allgs's backing array is full,
// a bigger one (8 → 16 → 32 … pointers, as append grows it); a dead G is
// reused with its descriptor. Windows hold only go statements and runtime.GC,
// so no goroutine blocks inside one: a blocked goroutine's sudog comes from its
// P's cache, which holds what Go's own start-up left there. The first GC,
// which starts a mark worker per P (a G and a 32-byte gcBgMarkWorkerNode), is
// outside the windows: Go sometimes starts a thread then too (an m and two
// more descriptors), depending on its timing.
package main

import (
	"fmt"
	"runtime"
)

var ms0, ms1 runtime.MemStats

type delta struct {
	name    string
	mallocs int64
	total   int64
	n       int
	classes [8]uint32
	counts  [8]int64
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
	d.total = int64(ms1.TotalAlloc - ms0.TotalAlloc)
	for i := range ms1.BySize {
		if c := int64(ms1.BySize[i].Mallocs - ms0.BySize[i].Mallocs); c != 0 && d.n < len(d.classes) {
			d.classes[d.n] = ms1.BySize[i].Size
			d.counts[d.n] = c
			d.n++
		}
	}
}

var block = make(chan int)
var done = make(chan int, 64)

func waiter() {
	<-block
	done <- 1
}

func main() {
	begin()
	go waiter()
	end("first go")
	begin()
	go waiter()
	go waiter()
	end("two more")
	begin()
	go waiter()
	end("fourth: allgs 8 -> 16")
	begin()
	for i := 0; i < 8; i++ {
		go waiter()
	}
	end("eight more: allgs 16 -> 32")
	runtime.Gosched() // the waiters block, outside any window
	runtime.GC()
	begin()
	runtime.GC()
	end("a GC after the first: nothing")
	ngo := runtime.NumGoroutine()
	close(block)
	for i := 0; i < 12; i++ {
		<-done
	}
	runtime.Gosched()
	nexit := runtime.NumGoroutine()
	begin()
	for i := 0; i < 12; i++ {
		go func() {}()
	}
	end("twelve on dead Gs")
	begin()
	for i := 0; i < 20; i++ {
		go func() {}()
	}
	end("twenty: 8 new Gs, allgs 32 -> 64")
	runtime.Gosched()

	fmt.Println("goroutines while blocked:", ngo, "after exit:", nexit)
	for i := 0; i < ndeltas; i++ {
		d := &deltas[i]
		fmt.Printf("%-34s mallocs %3d bytes %6d |", d.name, d.mallocs, d.total)
		for k := 0; k < d.n; k++ {
			fmt.Printf(" %dx%d", d.classes[k], d.counts[k])
		}
		fmt.Println()
	}
}
