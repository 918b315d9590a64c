// sort: Ints, Strings, Float64s, sort.Slice and SliceStable with a less
// function, sort.Sort on a custom type, Search and SearchInts.
package main

import (
	"fmt"
	"sort"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type person struct {
	name string
	age  int
}

func main() {
	ints := []int{5, 2, 8, -1, 9, 0, 2}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	strs := []string{"pear", "apple", "fig", "banana"}
	sort.Strings(strs)
	fmt.Println(strs)
	fl := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fl)
	fmt.Println(fl)
	words := []string{"ccc", "a", "bb", "dddd", "e"}
	sort.Stable(byLen(words))
	fmt.Println(words)
	people := []person{{"al", 30}, {"bo", 25}, {"cy", 30}, {"di", 25}, {"ed", 40}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Println(people)
	sort.Slice(people, func(i, j int) bool { return people[i].name > people[j].name })
	fmt.Println(people)
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	sorted := []int{1, 3, 5, 7, 9}
	fmt.Println(sort.SearchInts(sorted, 5), sort.SearchInts(sorted, 6), sort.Search(len(sorted), func(i int) bool { return sorted[i] >= 8 }))
	big := make([]int, 200)
	for i := range big {
		big[i] = (i * 7919) % 200
	}
	sort.Ints(big)
	fmt.Println(big[0], big[100], big[199], sort.IntsAreSorted(big))
}
