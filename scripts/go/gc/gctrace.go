// Command gctrace allocates garbage with a small live heap so the collector runs
// on its own a few times, then calls runtime.GC twice, for scripts/fixtures-gc.sh
// to record the GODEBUG=gctrace=1 lines Go 1.19 prints (automatic and forced).
package main

import "runtime"

type node struct {
	next *node
	val  [6]int
}

var live []*node
var sink *node

func main() {
	for i := 0; i < 1000; i++ {
		live = append(live, &node{})
	}
	for i := 0; i < 400000; i++ {
		n := &node{next: sink}
		if i%100 == 0 {
			sink = nil
		} else {
			sink = n
		}
		if i%1000 == 0 {
			_ = make([]byte, 64<<10)
		}
	}
	runtime.GC()
	runtime.GC()
	runtime.KeepAlive(live)
}
