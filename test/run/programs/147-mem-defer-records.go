// Defers in loops take a heap _defer record (and a closure when the call has
// operands); a panic through open-coded defers takes one too; freed records
// are pooled per P, so the same calls again allocate nothing.
package main

import (
	"fmt"
	"runtime"
)

var sink int

func delta(name string, f func()) {
	var a, b runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&a)
	f()
	runtime.ReadMemStats(&b)
	fmt.Println(name, b.Mallocs-a.Mallocs, b.TotalAlloc-a.TotalAlloc)
}

func loop5() {
	for i := 0; i < 5; i++ {
		defer func() {}()
	}
}

func loopCapture() {
	for i := 0; i < 3; i++ {
		j := i
		defer func() { sink += j }()
	}
}

type T struct{ n int }

func (t *T) inc() { t.n++ }

func loopMethod(t *T) {
	for i := 0; i < 4; i++ {
		defer t.inc()
	}
}

func panicky() {
	defer func() { recover() }()
	panic("x")
}

func twoFrames() {
	defer func() {}()
	panicky2()
}

func panicky2() {
	defer func() {}()
	panic("y")
}

func main() {
	delta("loop5", loop5)
	delta("loop5 again", loop5)
	delta("loopCapture", loopCapture)
	t := &T{}
	delta("loopMethod", func() { loopMethod(t) })
	fmt.Println(t.n, sink)
	delta("panic", panicky)
	delta("panic again", panicky)
	delta("two frames", func() {
		defer func() { recover() }()
		twoFrames()
	})
	for i := 0; i < 40; i++ {
		loop5()
	}
	delta("after 40", loop5)
}
