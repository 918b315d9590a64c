// While main walks a list in a loop that never blocks, goroutines allocate and
// collect: main's frames keep its list alive across the nested runs.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

type node struct {
	v    int
	next *node
	pad  [8]int
}

func build(n int) *node {
	var h *node
	for i := 0; i < n; i++ {
		h = &node{v: i, next: h}
	}
	return h
}

func sum(l *node) int {
	s := 0
	for p := l; p != nil; p = p.next {
		s += p.v
	}
	return s
}

var garbageDone int32

func garbage() {
	var keep [][]byte
	for i := 0; i < 200; i++ {
		keep = append(keep, make([]byte, 4096))
		if len(keep) > 16 {
			keep = keep[:0]
		}
		if i%50 == 0 {
			runtime.GC()
		}
	}
	atomic.StoreInt32(&garbageDone, 1)
}

func main() {
	go garbage()
	total := 0
	rounds := 0
	for atomic.LoadInt32(&garbageDone) == 0 || rounds < 10 {
		total += sum(build(2000))
		rounds++
	}
	fmt.Println("each sum:", total/rounds, "ok:", total == rounds*1999*2000/2)
}
