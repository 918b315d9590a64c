// sort.IsSorted's Len/Less calls on a user Interface, SearchFloat64s with NaN
// and ±Inf, and the *AreSorted checks, with MemStats deltas around them.

package main

import (
	"fmt"
	"math"
	"runtime"
	"sort"
)

type byLen struct {
	s     []string
	calls *int
}

func (b byLen) Len() int           { *b.calls++; return len(b.s) }
func (b byLen) Less(i, j int) bool { *b.calls += 10; return len(b.s[i]) < len(b.s[j]) }
func (b byLen) Swap(i, j int)      { b.s[i], b.s[j] = b.s[j], b.s[i] }

var bsink bool
var isink int

func d(name string, f func()) {
	var m1, m2 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m1)
	f()
	runtime.ReadMemStats(&m2)
	fmt.Println(name, m2.Mallocs-m1.Mallocs, m2.TotalAlloc-m1.TotalAlloc)
}

func main() {
	calls := 0
	for _, s := range [][]string{nil, {"a"}, {"a", "bb", "ccc"}, {"a", "ccc", "bb"}, {"aa", "b", "cc", "ddd"}, {"x", "y", "z"}} {
		calls = 0
		fmt.Println(sort.IsSorted(byLen{s, &calls}), calls)
	}
	fmt.Println(sort.IsSorted(sort.IntSlice{1, 2, 2, 3}), sort.IsSorted(sort.Reverse(sort.IntSlice{3, 2, 1})), sort.IsSorted(sort.StringSlice{"b", "a"}))
	nan, inf := math.NaN(), math.Inf(1)
	fs := []float64{-inf, -1.5, -0.0, 0, 1, 2.5, 2.5, 1e300, inf}
	for _, x := range []float64{-inf, -2, -1.5, math.Copysign(0, -1), 0, 0.5, 2.5, 3, 1e308, inf, nan} {
		fmt.Print(sort.SearchFloat64s(fs, x), " ")
	}
	fmt.Println(sort.SearchFloat64s(nil, 1), sort.SearchFloat64s([]float64{nan, 1, 2}, 1.5), sort.SearchFloat64s([]float64{1, nan, 3}, 2))
	fmt.Println(sort.Float64sAreSorted(fs), sort.Float64sAreSorted([]float64{1, nan, 2}), sort.Float64sAreSorted([]float64{nan, nan}), sort.Float64sAreSorted([]float64{2, 1}), sort.Float64sAreSorted(nil))
	fmt.Println(sort.IntsAreSorted([]int{1, 1, 2}), sort.IntsAreSorted([]int{2, 1}), sort.StringsAreSorted([]string{"", "a", "b"}), sort.StringsAreSorted([]string{"b", "a"}))
	d("issorted", func() { bsink = sort.IsSorted(byLen{[]string{"a", "bb"}, &calls}) })
	d("issorted-intslice", func() { bsink = sort.IsSorted(sort.IntSlice([]int{1, 2, 3})) })
	d("searchf", func() { isink = sort.SearchFloat64s(fs, 1) })
	d("float64sare", func() { bsink = sort.Float64sAreSorted(fs) })
	d("intsare", func() { bsink = sort.IntsAreSorted([]int{1, 2, 3}) })
	d("stringsare", func() { bsink = sort.StringsAreSorted([]string{"a", "b"}) })
}
