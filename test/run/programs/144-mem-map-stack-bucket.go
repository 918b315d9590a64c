// A map that does not escape keeps its first bucket in the frame beside its
// hmap unless the hint is a constant above 8: MemStats deltas as Go's.

package main

import (
	"fmt"
	"runtime"
)

var isink int

func delta(name string, f func()) {
	var a, b runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&a)
	f()
	runtime.ReadMemStats(&b)
	fmt.Println(name, b.Mallocs-a.Mallocs, b.TotalAlloc-a.TotalAlloc)
}

func main() {
	delta("make", func() { m := make(map[int]int); m[1] = 2; isink = m[1] })
	delta("make9", func() {
		m := make(map[int]int)
		for i := 0; i < 9; i++ {
			m[i] = i
		}
		isink = len(m)
	})
	delta("lit", func() { m := map[string]int{"ab": 1}; isink = m["ab"] })
	delta("loop", func() {
		for i := 0; i < 3; i++ {
			m := map[int]int{i: i}
			isink += m[i]
		}
	})
	delta("hint20", func() { m := make(map[int]int, 20); m[1] = 1; isink = len(m) })
	n := 5
	delta("hintvar", func() { m := make(map[int]string, n); m[1] = "a"; isink = len(m) })
	n = 50
	delta("hintvar50", func() { m := make(map[int]string, n); m[1] = "a"; isink = len(m) })
	delta("ptrs", func() { m := map[*int]*int{}; x := 1; m[&x] = &x; isink = *m[&x] })
}
