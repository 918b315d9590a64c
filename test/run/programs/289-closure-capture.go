// Closure capture as Go 1.19 decides it in escape analysis: a variable is
// copied into the closure unless it is reassigned after the first capture,
// its address is taken, or it is over 128 bytes; a range statement's
// variables are assigned by the loop, a three-clause loop's by its post
// statement. Assignments before the capture do not count, so a closure may
// copy a variable and outlive its frame; a variable captured by reference
// by an escaping closure moves to the heap. MemStats shows the closures'
// sizes (a copied string is 16 bytes, a reference 8) and the moved variables.
// gomem-env: GOGC=off
package main

import (
	"fmt"
	"runtime"
)

var ms0, ms1 runtime.MemStats
var sink []func() int

func report(name string) {
	fmt.Printf("%-14s mallocs=%d total=%d", name, ms1.Mallocs-ms0.Mallocs, ms1.TotalAlloc-ms0.TotalAlloc)
	for i := range ms1.BySize {
		if d := ms1.BySize[i].Mallocs - ms0.BySize[i].Mallocs; d != 0 {
			fmt.Printf(" [%d]x%d", ms1.BySize[i].Size, d)
		}
	}
	fmt.Println()
}

func measure(name string, f func()) {
	sink = make([]func() int, 0, 64)
	runtime.ReadMemStats(&ms0)
	f()
	runtime.ReadMemStats(&ms1)
	report(name)
}

// Reassigned before its capture only: copied, and the frame may go.
func before() {
	x, s := 1, "a"
	x = 20
	s = "bb"
	sink = append(sink, func() int { return x + len(s) })
}

// Reassigned after the capture: by reference, on the heap.
func after() {
	x := 1
	sink = append(sink, func() int { return x })
	x = 30
}

// A three-clause loop without a post statement never reassigns i.
func noPost() {
	for i := 5; i < 6; {
		sink = append(sink, func() int { return i })
		break
	}
}

// The post statement reassigns i: one i on the heap for all iterations.
func counter() {
	for i := 0; i < 3; i++ {
		sink = append(sink, func() int { return i })
	}
}

// A range statement's variables: one pair for the whole loop, on the heap.
func ranges() {
	for i, s := range []string{"a", "bb", "ccc"} {
		sink = append(sink, func() int { return i*10 + len(s) })
	}
}

// A range over a map, and over a channel.
func rangeMapChan() {
	for k := range map[int]bool{7: true} {
		sink = append(sink, func() int { return k })
	}
	c := make(chan int, 1)
	c <- 9
	close(c)
	for v := range c {
		sink = append(sink, func() int { return v })
	}
}

// A copy made in the body is a new variable each iteration.
func perIteration() {
	for _, v := range []int{1, 2, 3} {
		v := v
		sink = append(sink, func() int { return v })
	}
}

// Assigned inside another closure, or through its address.
func elsewhere() {
	x, y := 1, 2
	set := func() { x = 40 }
	p := &y
	sink = append(sink, func() int { return x + y })
	set()
	*p = 50
}

// Over 128 bytes: by reference even when never reassigned.
func large() {
	var a [17]int
	a[16] = 60
	sink = append(sink, func() int { return a[16] })
}

// clobber reuses the stack the functions above ran on.
func clobber(n int) int {
	var a [32]int
	for i := range a {
		a[i] = n
	}
	s := 0
	for _, v := range a {
		s += v
	}
	return s
}

func results() []int {
	clobber(99)
	var out []int
	for _, f := range sink {
		out = append(out, f())
	}
	return out
}

func main() {
	for _, c := range []struct {
		name string
		f    func()
	}{
		{"before", before},
		{"after", after},
		{"noPost", noPost},
		{"counter", counter},
		{"ranges", ranges},
		{"rangeMapChan", rangeMapChan},
		{"perIteration", perIteration},
		{"elsewhere", elsewhere},
		{"large", large},
	} {
		measure(c.name, c.f)
		fmt.Println("  ", results())
	}
}
