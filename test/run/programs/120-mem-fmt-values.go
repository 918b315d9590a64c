// What fmt allocates through reflect, strconv and fmtsort while it formats
// values: value.Interface() copies every addressable value that is not
// pointer-shaped (elements of slices, fields reached through a pointer);
// %+v and %#v allocate a StructField.Index per field; maps are sorted into
// two []reflect.Value with a copy of each key and value; %q of long strings,
// long floats and long []byte conversions outgrow fmt's 68-byte intbuf or the
// 32-byte temporary buffer. Each format runs twice: the second run's deltas
// are printed, once the printer's buffer has grown.
package main

import (
	"fmt"
	"runtime"
)

var ms0, ms1 runtime.MemStats

type capture struct{}

func (capture) Write(b []byte) (int, error) { return len(b), nil }

var w = capture{}

type point struct {
	X, Y int
	Name string
}
type inner struct{ A, B int32 }
type empty struct{}
type outer struct {
	In inner
	S  []int
	P  *point
	e  []int
}

var pt = &point{3, 4, "p"}
var arr = [3]int{1, 2, 3}
var b4 = [4]byte{1, 2, 3, 4}
var long = "0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz"

var fmts = []string{
	"%v", "%v", "%v", "%v", "%v", "%v",
	"%v", "%v", "%v", "%v", "%v", "%+v",
	"%v", "%#v", "%q", "%q", "%q", "%#q",
	"%#q", "%+q", "%q", "%#.90g", "%.100f", "%f",
	"%x", "%x", "%v", "%s", "%10.3e", "%v",
}
var args = []any{
	pt, []int{1, 2, 3}, []string{"a", "b"}, []point{{1, 2, "a"}, {3, 4, "b"}}, arr, &arr,
	map[string]int{"a": 1, "b": 2, "c": 3}, map[int]bool{1: true, 2: false}, map[string]int{}, map[string]int(nil), map[[2]int]empty{{1, 2}: {}}, &outer{inner{1, 2}, []int{5}, pt, nil},
	&outer{inner{1, 2}, []int{5}, pt, []int{6}}, pt, []string{"a", "b"}, []byte(long[:40]), []byte(long[:20]), long[:40],
	long[:20], "héllo wörld héllo wörld héllo wörld héllo wörld héllo wörld héllo", long + long, 1.0, 3.5, 1e100,
	b4, &b4, [][]byte{[]byte("x")}, []any{1, "a", pt}, -2.5, map[string][]int{"k": {1}},
}

type delta struct {
	mallocs, frees, total, objects int64
	n                              int
	classes                        [8]uint32
	counts                         [8]int64
}

var deltas [30]delta

func measure(i int) {
	runtime.ReadMemStats(&ms0)
	fmt.Fprintf(w, fmts[i], args[i])
	runtime.ReadMemStats(&ms1)
	d := &deltas[i]
	*d = delta{}
	d.mallocs = int64(ms1.Mallocs - ms0.Mallocs)
	d.frees = int64(ms1.Frees - ms0.Frees)
	d.total = int64(ms1.TotalAlloc - ms0.TotalAlloc)
	d.objects = int64(ms1.HeapObjects) - int64(ms0.HeapObjects)
	for k := range ms1.BySize {
		if c := int64(ms1.BySize[k].Mallocs - ms0.BySize[k].Mallocs); c != 0 && d.n < len(d.classes) {
			d.classes[d.n] = ms1.BySize[k].Size
			d.counts[d.n] = c
			d.n++
		}
	}
}

func main() {
	runtime.GC()
	runtime.GC()
	runtime.GC()
	for round := 0; round < 2; round++ {
		for i := range fmts {
			measure(i)
		}
	}
	for i, d := range deltas {
		fmt.Printf("%2d %-7s %-12T mallocs=%d frees=%d total=%d objects=%d", i, fmts[i], args[i], d.mallocs, d.frees, d.total, d.objects)
		for k := 0; k < d.n; k++ {
			fmt.Printf(" [%d]x%d", d.classes[k], d.counts[k])
		}
		fmt.Println()
	}
}
