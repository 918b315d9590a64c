// An interface compared with a concrete value: Go compares the type word and
// the data without converting the value, so nothing is allocated, whatever
// the value (walk's compare); only a value of 64 KiB or more is converted,
// and, like any value over 1 KiB converted to an interface, boxed on the heap
// even though it does not escape. Results for every kind of operand, in
// expressions and switch statements, with both operands evaluated in order.
package main

import (
	"fmt"
	"math"
	"runtime"
)

type P struct{ X, Y int }
type W struct{ p *int }
type Z struct{}
type MyInt int
type C struct{ I interface{} }
type E struct{ s string }

func (e E) Error() string { return e.s }

type Str interface{ String() string }
type T8 int8

func (t T8) String() string { return "t8" }

type Big [1 << 16]byte
type Mid [2000]byte

var trace []string

func f(s string, v interface{}) interface{} { trace = append(trace, s); return v }
func g(s string, v int) int                 { trace = append(trace, s); return v }

func results() {
	x := 7
	px := &x
	ch := make(chan int)
	nan := math.NaN()
	var i8 int8 = -3
	var u64 uint64 = 1 << 63
	var i64 int64 = -1 << 40
	c128 := complex(1, 2)
	var c64 complex64 = complex(3, 4)
	vals := []interface{}{7, int8(-3), uint64(1 << 63), int64(-1 << 40), nan, 0.0, math.Copysign(0, -1),
		complex(1, 2), complex64(complex(3, 4)), "str", P{1, 2}, [3]int{1, 2, 3}, px, ch, W{px}, [1]*int{px},
		Z{}, true, MyInt(7), []int{1}, map[int]int{}, C{1}, E{"a"}, nil, float32(1.5)}
	for k, v := range vals {
		r := []bool{v == x, x != v, v == i8, v == u64, v == i64, v == nan, v == 0.0, v == c128, c64 == v,
			v == "str", v == P{1, 2}, v == [3]int{1, 2, 3}, v == px, v == ch, v == W{px}, v == [1]*int{px},
			v == Z{}, v == true, v == MyInt(7), v == (C{1}), v == E{"a"}, v == float32(1.5), v != float32(1.5)}
		fmt.Println(k, r)
	}
	var err error = E{"a"}
	fmt.Println(err == E{"a"}, E{"b"} != err, err == E{"b"})
	var st Str = T8(-3)
	fmt.Println(st == T8(-3), T8(2) == st)
	st = nil
	fmt.Println(st == T8(0), st != T8(0))
	fmt.Println(f("a", 1) == g("b", 1), g("c", 2) != f("d", 2), trace)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var v interface{} = C{[]int{1}}
		fmt.Println(v == C{1})
		fmt.Println(v == C{[]int{2}})
	}()
	for _, v := range vals {
		switch v {
		case 7, "str":
			fmt.Print("A ")
		case P{1, 2}, nan, u64:
			fmt.Print("B ")
		case px, nil:
			fmt.Print("C ")
		case MyInt(7), E{"a"}:
			fmt.Print("D ")
		default:
			fmt.Print("- ")
		}
		n := 7
		switch n {
		case v:
			fmt.Print("n ")
		}
	}
	fmt.Println()
}

var vals = []interface{}{1000, P{1, 2}, "str", E{"m"}, 3.5}

func allocations() {
	var ms runtime.MemStats
	hits := 0
	n := 1000
	s := "str"
	var err error = E{"m"}
	runtime.ReadMemStats(&ms)
	m0, t0 := ms.Mallocs, ms.TotalAlloc
	for i := 0; i < 100; i++ {
		for _, v := range vals {
			if v == n+i-i {
				hits++
			}
			if (P{1, i - i + 2}) == v {
				hits++
			}
			if v != s {
				hits--
			}
			if err == (E{s[:0] + "m"}) {
				hits++
			}
			switch v {
			case n, P{1, 2}, 3.5:
				hits++
			}
		}
	}
	runtime.ReadMemStats(&ms)
	fmt.Println("small:", hits, ms.Mallocs-m0, ms.TotalAlloc-t0)

	var b Big
	var m Mid
	var e interface{} = 1
	hits = 0
	runtime.ReadMemStats(&ms)
	m0, t0 = ms.Mallocs, ms.TotalAlloc
	for i := 0; i < 10; i++ {
		if e == b {
			hits++
		}
		if e == m {
			hits++
		}
		var f interface{} = m
		if f != nil {
			hits++
		}
	}
	runtime.ReadMemStats(&ms)
	fmt.Println("large:", hits, ms.Mallocs-m0, ms.TotalAlloc-t0)
}

func main() {
	results()
	allocations()
}
