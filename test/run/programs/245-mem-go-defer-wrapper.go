// go and defer-in-a-loop of a call with operands allocate Go's wrapper closure
// [F | captured operands]; constants and functions are not captured.
// gomem-env: GOGC=off
package main

import (
	"fmt"
	"runtime"
	"sync"
)

var ms0, ms1 runtime.MemStats
var wg sync.WaitGroup
var n int

type W struct{ n int }

func (w *W) run(x int) { n += x + w.n; wg.Done() }

//go:noinline
func work(a, b int) { n += a + b; wg.Done() }

//go:noinline
func workS(s string) { n += len(s); wg.Done() }

var gw = &W{1}
var ws = "hello"

func report(name string) {
	fmt.Printf("%-12s mallocs=%d total=%d", name, ms1.Mallocs-ms0.Mallocs, ms1.TotalAlloc-ms0.TotalAlloc)
	for i := range ms1.BySize {
		if d := ms1.BySize[i].Mallocs - ms0.BySize[i].Mallocs; d != 0 {
			fmt.Printf(" [%d]x%d", ms1.BySize[i].Size, d)
		}
	}
	fmt.Println()
}

//go:noinline
func deferLoop(k int) {
	for i := 0; i < k; i++ {
		defer work(1, i)
	}
}

//go:noinline
func deferLoopConst(k int) {
	for i := 0; i < k; i++ {
		defer work(1, 2)
	}
}

//go:noinline
func deferLoopVar(k int) {
	f := func() { wg.Done() }
	for i := 0; i < k; i++ {
		defer f()
	}
}

func main() {
	// The first goroutine's descriptor and the defer pool's records are made outside.
	wg.Add(1)
	go work(0, 0)
	wg.Wait()
	wg.Add(3)
	deferLoop(3)
	tests := []struct {
		name string
		f    func()
	}{
		{"go args", func() { wg.Add(1); go work(n, 2); wg.Wait() }},
		{"go consts", func() { wg.Add(1); go work(1, 2); wg.Wait() }},
		{"go string", func() { wg.Add(1); go workS(ws); wg.Wait() }},
		{"go method", func() { wg.Add(1); go gw.run(3); wg.Wait() }},
		{"go literal", func() { wg.Add(1); go func(x int) { n += x; wg.Done() }(n); wg.Wait() }},
		{"go nullary", func() { wg.Add(1); go func() { wg.Done() }(); wg.Wait() }},
		{"defer loop", func() { wg.Add(3); deferLoop(3) }},
		{"defer consts", func() { wg.Add(3); deferLoopConst(3) }},
		{"defer f()", func() { wg.Add(3); deferLoopVar(3) }},
	}
	for _, t := range tests {
		runtime.ReadMemStats(&ms0)
		t.f()
		runtime.ReadMemStats(&ms1)
		report(t.name)
	}
	fmt.Println(n)
}
