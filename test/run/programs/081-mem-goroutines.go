// Goroutines and channels allocate: make(chan) allocates an hchan (with its
// buffer inline for pointer-free elements), and the first goroutines
// started allocate their g. Counted with GOGC=off around each step.
// gomem-env: GOGC=off
package main

import (
	"fmt"
	"runtime"
)

var cs chan int
var cp chan *int
var cb chan [64]byte

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
	cs = make(chan int)
	runtime.ReadMemStats(&ms1)
	report("unbuf")
	runtime.ReadMemStats(&ms0)
	cs = make(chan int, 10)
	runtime.ReadMemStats(&ms1)
	report("buf int")
	runtime.ReadMemStats(&ms0)
	cp = make(chan *int, 10)
	runtime.ReadMemStats(&ms1)
	report("buf ptr")
	runtime.ReadMemStats(&ms0)
	cb = make(chan [64]byte, 100)
	runtime.ReadMemStats(&ms1)
	report("buf big")
	done := make(chan bool)
	runtime.ReadMemStats(&ms0)
	go func() { done <- true }()
	<-done
	runtime.ReadMemStats(&ms1)
	fmt.Println("goroutine allocated:", ms1.Mallocs-ms0.Mallocs > 0)
}
