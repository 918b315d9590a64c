// A stack grown deep and left is halved at each GC, as Go's shrinkstack does,
// not given back all at once: StackInuse after each cycle, in percent of before.
package main

import (
	"fmt"
	"runtime"
)

var m runtime.MemStats

func rec(n int) int {
	var pad [16]int
	pad[n%16] = n
	if n == 0 {
		return pad[0]
	}
	return rec(n-1) + pad[n%16]
}

func main() {
	rec(100000)
	runtime.ReadMemStats(&m)
	prev := m.StackInuse
	fmt.Println("deep stack over 10 MB:", prev > 10<<20)
	for i := 1; i <= 2; i++ {
		runtime.GC()
		runtime.ReadMemStats(&m)
		fmt.Printf("GC %d: %d%%\n", i, m.StackInuse*100/prev)
		prev = m.StackInuse
	}
}
