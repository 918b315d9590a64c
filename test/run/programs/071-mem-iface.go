// Converting values to interfaces (convT*): small integers 0..255 and
// single-byte values use a static table, zero-size values use zerobase, and
// empty strings need nothing; other ints, strings, slices and structs
// allocate a copy of the value.
// gomem-env: GOGC=off
package main

import (
	"fmt"
	"runtime"
)

var sink interface{}

type pair struct{ a, b int }
type empty struct{}

//go:noinline
func box(v int) { sink = v }

//go:noinline
func boxStr(s string) { sink = s }

//go:noinline
func boxSlice(s []int) { sink = s }

//go:noinline
func boxPair(p pair) { sink = p }

//go:noinline
func boxByte(b byte) { sink = b }

//go:noinline
func boxEmpty(e empty) { sink = e }

//go:noinline
func boxPtr(p *pair) { sink = p }

//go:noinline
func boxF(f float64) { sink = f }

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
	p := &pair{1, 2}
	s := []int{1, 2, 3}
	str := fmt.Sprint("hello", 1)
	for _, v := range []int{0, 7, 255, 256, 100000} {
		runtime.ReadMemStats(&ms0)
		box(v)
		runtime.ReadMemStats(&ms1)
		report(fmt.Sprint("int ", v))
	}
	runtime.ReadMemStats(&ms0)
	boxStr("")
	runtime.ReadMemStats(&ms1)
	report("str empty")
	runtime.ReadMemStats(&ms0)
	boxStr(str)
	runtime.ReadMemStats(&ms1)
	report("str")
	runtime.ReadMemStats(&ms0)
	boxSlice(s)
	runtime.ReadMemStats(&ms1)
	report("slice")
	runtime.ReadMemStats(&ms0)
	boxSlice(nil)
	runtime.ReadMemStats(&ms1)
	report("nil slice")
	runtime.ReadMemStats(&ms0)
	boxPair(pair{3, 4})
	runtime.ReadMemStats(&ms1)
	report("pair")
	runtime.ReadMemStats(&ms0)
	boxByte(200)
	runtime.ReadMemStats(&ms1)
	report("byte")
	runtime.ReadMemStats(&ms0)
	boxEmpty(empty{})
	runtime.ReadMemStats(&ms1)
	report("empty")
	runtime.ReadMemStats(&ms0)
	boxPtr(p)
	runtime.ReadMemStats(&ms1)
	report("ptr")
	runtime.ReadMemStats(&ms0)
	boxF(0)
	runtime.ReadMemStats(&ms1)
	report("float 0")
	runtime.ReadMemStats(&ms0)
	boxF(2.5)
	runtime.ReadMemStats(&ms1)
	report("float 2.5")
	fmt.Println(sink)
}
