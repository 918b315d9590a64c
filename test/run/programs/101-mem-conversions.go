// What allocates and what does not, as Go 1.19 decides it: []byte(s) in a
// 32-byte stack buffer, constants and constant composite literals in an
// interface from static data, one-byte strings from staticuint64s, method
// values, closures, string concatenation, rune conversion, slice literals.
// gomem-env: GOGC=off
package main

import (
	"fmt"
	"runtime"
)

type S struct {
	a, b int
	p    *int
}

type Shape interface{ Area() int }
type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

var sinkS Shape
var sinkB []byte
var sinkStr string
var sinkF func() int
var sinkP *S
var sinkM map[string]S
var sinkI interface{}

var before, after runtime.MemStats

func measure(name string, f func()) {
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	fmt.Printf("%-14s mallocs=%d total=%d\n", name, after.Mallocs-before.Mallocs, after.TotalAlloc-before.TotalAlloc)
}

func localBytes(s string) int {
	b := []byte(s)
	return len(b)
}

func main() {
	measure("bytes-small", func() { _ = localBytes("hello") })
	measure("bytes-big", func() { _ = localBytes("hello world, this is longer than thirty-two bytes") })
	measure("bytes-escape", func() { sinkB = []byte("hi") })
	measure("iface-struct", func() { sinkS = Sq{3} })
	measure("iface-ptr", func() { sinkS = &Sq{4} })
	measure("concat", func() {
		x := "abc"
		sinkStr = x + "def" + x
	})
	measure("closure", func() {
		n := 5
		sinkF = func() int { n++; return n }
	})
	measure("struct-ptr", func() {
		v := 7
		sinkP = &S{1, 2, &v}
	})
	measure("map", func() {
		// Five entries fit one bucket: no overflow bucket, whatever the hash seed.
		m := map[string]S{}
		for i := 0; i < 5; i++ {
			m[fmt.Sprint(i)] = S{a: i}
		}
		sinkM = m
	})
	measure("append-nil", func() {
		var s []int
		for i := 0; i < 10; i++ {
			s = append(s, i)
		}
		sinkI = s
	})
	measure("iface-small-int", func() { sinkI = 200 })
	measure("iface-big-int", func() { sinkI = 100000 })
	measure("iface-string", func() { sinkI = "constant" })
	measure("method-value", func() {
		q := Sq{2}
		sinkF = q.Area
	})
	measure("rune-conv", func() { sinkStr = string(rune(0x4e16)) })
	measure("slice-lit", func() { sinkI = []string{"a", "b", "c"} })
}
