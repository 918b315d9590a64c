// A loop that neither allocates nor calls keeps its pointers in JavaScript
// variables: while it is preempted and other goroutines allocate and collect,
// the list only its parameter holds must survive.
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	v    int
	next *node
	pad  [6]int
}

func build(n int) *node {
	var h *node
	for i := 1; i <= n; i++ {
		h = &node{v: i, next: h}
	}
	return h
}

// done is read without synchronization: sums makes no call at all (an atomic
// load would be one), so its list pointer stays in a JavaScript variable.
var done bool

// sums walks l until the allocating goroutine is done: every walk must see the
// whole list.
func sums(l *node) (walks int, bad int) {
	for !done || walks < 3 {
		s := 0
		for p := l; p != nil; p = p.next {
			s += p.v
		}
		if s != 500*501/2 {
			bad++
		}
		walks++
	}
	return walks, bad
}

func churn() {
	for i := 0; i < 300; i++ {
		_ = build(100)
		if i%100 == 0 {
			runtime.GC()
		}
	}
	done = true
}

func main() {
	go churn()
	walks, bad := sums(build(500))
	fmt.Println("walked:", walks > 0, "bad walks:", bad)
	runtime.GC()
}
