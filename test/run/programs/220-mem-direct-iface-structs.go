// A struct of one pointer-shaped field or an array of one such element goes into
// an interface's data word itself (no allocation); a second field, even zero-size, boxes it.
// gomem-env: GOGC=off

package main

import (
	"fmt"
	"runtime"
	"unsafe"
)

var sink interface{}
var ms runtime.MemStats

type T struct{ n int }
type Pt struct{ p *int }
type Inner struct{ t *T }
type Outer struct{ in Inner }
type Arr [1]*T
type ArrArr [1][1]*T
type M struct{ m map[string]int }
type F struct{ f func() }
type C struct{ c chan int }
type U struct{ u unsafe.Pointer }
type ZeroFirst struct {
	_ [0]int
	p *T
}
type ZeroLast struct {
	p *T
	z struct{}
}
type Two struct{ a, b *T }
type ArrStruct [1]Pt
type StructArr struct{ a [1]*T }

func measure(name string, f func()) {
	runtime.ReadMemStats(&ms)
	a, b := ms.Mallocs, ms.TotalAlloc
	f()
	runtime.ReadMemStats(&ms)
	fmt.Println(name, ms.Mallocs-a, ms.TotalAlloc-b)
}

func main() {
	x := 7
	t := &T{1}
	m := map[string]int{"k": 1}
	ch := make(chan int, 1)
	fn := func() {}
	measure("Pt{nil}", func() { sink = Pt{nil} })
	measure("Pt{&x}", func() { sink = Pt{&x} })
	measure("Outer", func() { sink = Outer{Inner{t}} })
	measure("Arr", func() { sink = Arr{t} })
	measure("[1]*T", func() { sink = [1]*T{t} })
	measure("ArrArr", func() { sink = ArrArr{{t}} })
	measure("struct{p *T}", func() { sink = struct{ p *T }{t} })
	measure("M", func() { sink = M{m} })
	measure("struct{m map}", func() { sink = struct{ m map[string]int }{m} })
	measure("F", func() { sink = F{fn} })
	measure("struct{f func()}", func() { sink = struct{ f func() }{fn} })
	measure("C", func() { sink = C{ch} })
	measure("U", func() { sink = U{unsafe.Pointer(t)} })
	measure("ArrStruct", func() { sink = ArrStruct{{&x}} })
	measure("StructArr", func() { sink = StructArr{[1]*T{t}} })
	measure("ZeroFirst", func() { sink = ZeroFirst{p: t} })
	measure("ZeroLast", func() { sink = ZeroLast{p: t} })
	measure("Two", func() { sink = Two{t, t} })
	measure("[2]*T", func() { sink = [2]*T{t, t} })
	pt := Pt{&x}
	measure("var pt", func() { sink = pt })
	measure("[]interface{}", func() { sink = []interface{}{Pt{&x}, Arr{t}, M{m}} })
	measure("map[string]interface{}", func() {
		mm := map[string]interface{}{}
		mm["a"] = Outer{Inner{t}}
		sink = mm
	})
	s := []interface{}{Pt{&x}, Outer{Inner{t}}, Arr{t}, M{m}, C{ch}, ZeroFirst{p: t}, ZeroLast{p: t}}
	measure("assert", func() {
		p := s[0].(Pt)
		o := s[1].(Outer)
		a := s[2].(Arr)
		mv := s[3].(M)
		c := s[4].(C)
		z := s[5].(ZeroFirst)
		zl := s[6].(ZeroLast)
		if *p.p != 7 || o.in.t.n != 1 || a[0].n != 1 || mv.m["k"] != 1 || cap(c.c) != 1 || z.p.n != 1 || zl.p.n != 1 {
			panic("bad")
		}
	})
	runtime.GC()
	fmt.Println(*s[0].(Pt).p, s[1].(Outer).in.t.n, s[2].(Arr)[0].n, s[3].(M).m["k"], cap(s[4].(C).c))
	mm := map[string]interface{}{"pt": Pt{&x}, "f": F{func() { fmt.Println("called f") }}}
	runtime.GC()
	mm["f"].(F).f()
	fmt.Println(*mm["pt"].(Pt).p)
}
