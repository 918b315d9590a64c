// A closure storing into a field or array element of a captured variable captures
// it by reference (a heap variable, a 16-byte closure) and shares its stores.
// gomem-env: GOGC=off
package main

import (
	"fmt"
	"runtime"
)

type T struct{ a, b, c int }
type N struct {
	t T
	x [3]int
}

var f func() int
var ms0, ms1 runtime.MemStats

func report(name string) {
	fmt.Printf("%-10s mallocs=%d total=%d", name, ms1.Mallocs-ms0.Mallocs, ms1.TotalAlloc-ms0.TotalAlloc)
	for i := range ms1.BySize {
		if d := ms1.BySize[i].Mallocs - ms0.BySize[i].Mallocs; d != 0 {
			fmt.Printf(" [%d]x%d", ms1.BySize[i].Size, d)
		}
	}
	fmt.Println()
}

//go:noinline
func field(t T) func() int { return func() int { t.a++; return t.a } }

//go:noinline
func elem(a [4]int) func() int { return func() int { a[1] += 2; return a[1] } }

//go:noinline
func nested(n N) func() int { return func() int { n.t.b = 7; n.x[2] = 1; return n.t.b + n.x[2] } }

//go:noinline
func read(t T) func() int { return func() int { return t.a + t.c } }

//go:noinline
func viaPtr(p *T) func() int { return func() int { p.a = 9; return p.a } }

func main() {
	runtime.ReadMemStats(&ms0)
	f = field(T{1, 2, 3})
	runtime.ReadMemStats(&ms1)
	report("field")
	fmt.Println(f(), f())
	runtime.ReadMemStats(&ms0)
	f = elem([4]int{})
	runtime.ReadMemStats(&ms1)
	report("elem")
	fmt.Println(f(), f())
	runtime.ReadMemStats(&ms0)
	f = nested(N{})
	runtime.ReadMemStats(&ms1)
	report("nested")
	fmt.Println(f())
	runtime.ReadMemStats(&ms0)
	f = read(T{1, 2, 3})
	runtime.ReadMemStats(&ms1)
	report("read")
	fmt.Println(f())
	t := &T{}
	runtime.ReadMemStats(&ms0)
	f = viaPtr(t)
	runtime.ReadMemStats(&ms1)
	report("via ptr")
	fmt.Println(f(), t.a)
	var u T
	set := func(v int) { u.b = v }
	set(5)
	fmt.Println(u.b)
	var arr [2]string
	fill := func() { arr[1] = "x" }
	fill()
	fmt.Println(arr[1])
}
