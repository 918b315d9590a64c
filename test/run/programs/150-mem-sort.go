// sort allocates as Go 1.19's does: Ints/Strings/Float64s box the slice as a
// sort.Interface, Slice makes reflectlite.Swapper's closure (and its scratch value).

package main

import (
	"fmt"
	"runtime"
	"sort"
)

var sink interface{}

func d(name string, f func()) {
	var m1, m2 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m1)
	f()
	runtime.ReadMemStats(&m2)
	fmt.Println(name, m2.Mallocs-m1.Mallocs, m2.TotalAlloc-m1.TotalAlloc)
}

func main() {
	s := []int{3, 1, 2}
	f := []float64{3, 1, 2}
	t := []string{"b", "a"}
	d("ints", func() { sort.Ints(s) })
	d("floats", func() { sort.Float64s(f) })
	d("strings", func() { sort.Strings(t) })
	d("intsSorted", func() { sink = sort.IntsAreSorted(s) })
	d("sortIS", func() { sort.Sort(sort.IntSlice(s)) })
	d("stable", func() { sort.Stable(sort.StringSlice(t)) })
	d("slice", func() { sort.Slice(s, func(i, j int) bool { return s[i] < s[j] }) })
	d("searchInts", func() { sink = sort.SearchInts(s, 2) })
	type P struct{ a, b int }
	ps := []P{{2, 1}, {1, 2}, {3, 0}}
	d("sliceStruct", func() { sort.Slice(ps, func(i, j int) bool { return ps[i].a < ps[j].a }) })
	pp := []*P{{2, 1}, {1, 2}}
	d("slicePtr", func() { sort.SliceStable(pp, func(i, j int) bool { return pp[i].a < pp[j].a }) })
	one := []P{{1, 1}}
	d("sliceOne", func() { sort.Slice(one, func(i, j int) bool { return false }) })
	fmt.Println(ps, *pp[0])
}
