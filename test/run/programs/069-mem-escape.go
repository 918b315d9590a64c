// Escape analysis decides what allocates: locals that do not escape (a new
// int, a fixed-size make, a small array, a struct whose address is taken
// locally) cost nothing; the same values returned or stored globally are
// heap allocations. Non-constant make sizes always go to the heap.
// gomem-env: GOGC=off
package main

import (
	"fmt"
	"runtime"
)

type pt struct{ x, y, z int }

var gp *pt
var gi *int

//go:noinline
func localNew() int {
	p := new(int)
	*p = 42
	return *p
}

//go:noinline
func escapingNew() *int {
	p := new(int)
	*p = 42
	return p
}

//go:noinline
func localMake() int {
	s := make([]int, 64)
	s[3] = 1
	return len(s) + s[3]
}

//go:noinline
func varMake(n int) int {
	s := make([]int, n)
	return len(s)
}

//go:noinline
func localStruct() int {
	p := &pt{1, 2, 3}
	return p.x + p.y + p.z
}

//go:noinline
func globalStruct() {
	gp = &pt{1, 2, 3}
}

//go:noinline
func bigLocal() int {
	var a [100000]int
	a[5] = 1
	return a[5]
}

//go:noinline
func bigMake() int {
	s := make([]byte, 100000)
	return len(s)
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
	r := localNew()
	runtime.ReadMemStats(&ms1)
	report("localNew")
	runtime.ReadMemStats(&ms0)
	gi = escapingNew()
	runtime.ReadMemStats(&ms1)
	report("escNew")
	runtime.ReadMemStats(&ms0)
	r += localMake()
	runtime.ReadMemStats(&ms1)
	report("localMake")
	runtime.ReadMemStats(&ms0)
	r += varMake(64)
	runtime.ReadMemStats(&ms1)
	report("varMake")
	runtime.ReadMemStats(&ms0)
	r += localStruct()
	runtime.ReadMemStats(&ms1)
	report("localPt")
	runtime.ReadMemStats(&ms0)
	globalStruct()
	runtime.ReadMemStats(&ms1)
	report("globalPt")
	runtime.ReadMemStats(&ms0)
	r += bigLocal()
	runtime.ReadMemStats(&ms1)
	report("bigLocal")
	runtime.ReadMemStats(&ms0)
	r += bigMake()
	runtime.ReadMemStats(&ms1)
	report("bigMake")
	fmt.Println(r, *gi, gp.z)
}
