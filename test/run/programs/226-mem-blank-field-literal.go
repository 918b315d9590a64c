// A composite literal's value for a blank field is evaluated and dropped: the field
// stays zero (fmt prints 0, a one-blank-pointer struct in an interface holds nil).
// gomem-env: GOGC=off

package main

import (
	"fmt"
	"runtime"
)

type T struct{ n int }

type B struct {
	_ int
	x int
}

type PB struct {
	_ *T
	x int
}

type One struct{ _ *T }

var g = B{5, 6}
var gp = &B{7, 8}

var ms runtime.MemStats
var sink interface{}

func measure(name string, f func()) {
	runtime.ReadMemStats(&ms)
	a, b := ms.Mallocs, ms.TotalAlloc
	f()
	runtime.ReadMemStats(&ms)
	fmt.Println(name, ms.Mallocs-a, ms.TotalAlloc-b)
}

var calls int

func next() int { calls++; return calls }

func main() {
	fmt.Println(g, *gp, B{next(), next()}, calls)
	t := &T{1}
	measure("PB", func() { sink = PB{t, 1} })
	measure("PB new", func() { sink = PB{new(T), 1} })
	measure("One", func() { sink = One{t} })
	fmt.Printf("%+v %v %v\n", sink, sink == One{}, One{t} == One{nil})
	arr := [2]B{{1, 2}, {3, 4}}
	sl := []B{{5, 6}}
	m := map[string]B{"k": {9, 10}}
	fmt.Println(arr, sl, m)
}
