// A composite literal of constants converted to an interface is boxed as any
// value is (Go 1.19 keeps only constants in read-only data); small pointer-free
// structs and arrays shaped like a uint16/32/64 go through convT16/32/64 and
// staticuint64s, those of a sole string or slice through convTstring/convTslice.
// gomem-env: GOGC=off

package main

import (
	"fmt"
	"runtime"
)

var sink interface{}
var ms runtime.MemStats

type P struct{ A, B int }
type Sq struct{ s int }
type W struct{ a, b int32 }
type H struct{ a, b int16 }
type B2 struct{ a, b byte }
type F struct{ f float32 }
type Str struct{ s string }
type Sl struct{ s []int }
type A1 [1]int

func measure(name string, f func()) {
	runtime.ReadMemStats(&ms)
	a, b := ms.Mallocs, ms.TotalAlloc
	f()
	runtime.ReadMemStats(&ms)
	fmt.Println(name, ms.Mallocs-a, ms.TotalAlloc-b)
}

func main() {
	x, y := 3, 1000
	measure("P{1,2}", func() { sink = P{1, 2} })
	measure("[3]int{1,2,3}", func() { sink = [3]int{1, 2, 3} })
	measure("Sprint(P{1,2},P{3,4})", func() { _ = fmt.Sprint(P{1, 2}, P{3, 4}) })
	measure("Sq{3}", func() { sink = Sq{3} })
	measure("Sq{1000}", func() { sink = Sq{1000} })
	measure("Sq{x}", func() { sink = Sq{x} })
	measure("Sq{y}", func() { sink = Sq{y} })
	measure("W{1,0}", func() { sink = W{1, 0} })
	measure("W{0,1}", func() { sink = W{0, 1} })
	measure("H{1,0}", func() { sink = H{1, 0} })
	measure("H{x,0}", func() { sink = H{int16(x), 0} })
	measure("B2{1,2}", func() { sink = B2{1, 2} })
	measure("F{0}", func() { sink = F{0} })
	measure("F{1}", func() { sink = F{1} })
	measure("Str{}", func() { sink = Str{} })
	measure("Str{a}", func() { sink = Str{"a"} })
	measure("Sl{}", func() { sink = Sl{} })
	measure("Sl{x}", func() { sink = Sl{[]int{x}} })
	measure("A1{5}", func() { sink = A1{5} })
	measure("A1{y}", func() { sink = A1{y} })
	measure("[8]byte{1}", func() { sink = [8]byte{1} })
	sq := Sq{3}
	measure("var sq", func() { sink = sq })
	fmt.Println(sink, P{1, 2}, Str{"s"}, Sl{[]int{1}}, W{1, 2}, H{3, 4}, F{1.5})
}
