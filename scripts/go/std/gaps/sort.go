// sort: Reverse, IntSlice, Float64Slice, StringSlice, *AreSorted, Search.
package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	xs := []int{5, 2, 8, 1, 9, 3, 7, 3, 0, -4, 12, 6, 6, 11}
	sort.Sort(sort.Reverse(sort.IntSlice(xs)))
	fmt.Println(xs, sort.IntsAreSorted(xs))
	sort.IntSlice(xs).Sort()
	fmt.Println(xs, sort.IntsAreSorted(xs), sort.SearchInts(xs, 6))
	fs := []float64{2.5, math.NaN(), -1, math.Inf(1), 0}
	sort.Float64Slice(fs).Sort()
	fmt.Println(fs, sort.Float64sAreSorted(fs))
	sort.Stable(sort.Reverse(sort.Float64Slice(fs)))
	fmt.Println(fs)
	ss := []string{"pear", "apple", "fig", "banana", "apple"}
	fmt.Println(sort.StringsAreSorted(ss))
	sort.Sort(sort.StringSlice(ss))
	fmt.Println(ss, sort.StringsAreSorted(ss))
	sort.Sort(sort.Reverse(sort.StringSlice(ss)))
	fmt.Println(ss)
	var data sort.Interface = sort.IntSlice([]int{3, 1, 2})
	fmt.Println(data.Len(), data.Less(0, 1))
	data.Swap(0, 2)
	fmt.Println(data)
	r := sort.Reverse(data)
	fmt.Println(r.Len(), r.Less(0, 1))
	fmt.Println(sort.Search(100, func(i int) bool { return i*i >= 50 }))
	defer func() { fmt.Println("recovered:", recover()) }()
	sort.IntSlice([]int{1}).Less(0, 3)
}
