// Closures and allocation: a closure called in place allocates nothing; a
// returned closure allocates its funcval with the captured variables (and a
// captured variable that is modified moves to the heap on its own); a func
// literal without captures is static.
// gomem-env: GOGC=off
package main

import (
	"fmt"
	"runtime"
)

var fsink func() int

//go:noinline
func inPlace(x int) int {
	f := func() int { return x * 2 }
	return f()
}

//go:noinline
func counter() func() int {
	n := 0
	return func() int { n++; return n }
}

//go:noinline
func captureRO(a, b int) func() int {
	return func() int { return a + b }
}

//go:noinline
func static() func() int {
	return func() int { return 7 }
}

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
func main() {
	runtime.ReadMemStats(&ms0)
	r := inPlace(4)
	runtime.ReadMemStats(&ms1)
	report("inPlace")
	runtime.ReadMemStats(&ms0)
	fsink = counter()
	runtime.ReadMemStats(&ms1)
	report("counter")
	runtime.ReadMemStats(&ms0)
	fsink = captureRO(1, 2)
	runtime.ReadMemStats(&ms1)
	report("captureRO")
	runtime.ReadMemStats(&ms0)
	fsink = static()
	runtime.ReadMemStats(&ms1)
	report("static")
	runtime.ReadMemStats(&ms0)
	for i := 0; i < 10; i++ {
		fsink = counter()
	}
	runtime.ReadMemStats(&ms1)
	report("10 counters")
	fmt.Println(r, fsink(), fsink())
}
