// &[]T{…} and &map[K]V{…}: a pointer to a new slice header or map variable
// holding the literal, on the heap when it escapes and in the frame when not.
package main

import (
	"fmt"
	"runtime"
)

type T struct {
	s *[]*int
	m *map[int]string
}

var g *[]int
var keep []*[]*int

func mk() *[]int { return &[]int{1, 2} }

func mkp(i int) *[]*int {
	a, b := i, i+1
	return &[]*int{&a, &b}
}

func main() {
	m := &map[string]int{"a": 1}
	fmt.Println(*mk(), len(*m), (*m)["a"])
	g = &[]int{3, 4, 5}
	fmt.Println(*g, len(*g))
	l := &[]string{"x", "y"}
	fmt.Println(*l)
	for i := 0; i < 2000; i++ {
		keep = append(keep, mkp(i))
		if i%500 == 0 {
			runtime.GC()
		}
	}
	sum := 0
	for _, p := range keep {
		sum += *(*p)[0] + *(*p)[1]
	}
	fmt.Println(sum)
	t := T{s: &[]*int{new(int)}, m: &map[int]string{1: "one", 2: "two"}}
	fmt.Println(len(*t.s), (*t.m)[2], len(*t.m))
	lm := &map[string][]int{"a": {1, 2}}
	(*lm)["b"] = []int{3}
	fmt.Println(*lm)
}
