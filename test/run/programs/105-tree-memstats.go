// A binary search tree built and walked, goroutines writing a shared slice,
// append of strings: MemStats deltas with GOGC=off; SetGCPercent returns.
// gomem-env: GOGC=off
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"sync"
)

type Node struct {
	Key   int
	Left  *Node
	Right *Node
}

func insert(n *Node, k int) *Node {
	if n == nil {
		return &Node{Key: k}
	}
	if k < n.Key {
		n.Left = insert(n.Left, k)
	} else {
		n.Right = insert(n.Right, k)
	}
	return n
}

func (n *Node) Walk(f func(int)) {
	if n == nil {
		return
	}
	n.Left.Walk(f)
	f(n.Key)
	n.Right.Walk(f)
}

var ms runtime.MemStats

func delta(f func()) (uint64, uint64) {
	runtime.ReadMemStats(&ms)
	m0, t0 := ms.Mallocs, ms.TotalAlloc
	f()
	runtime.ReadMemStats(&ms)
	return ms.Mallocs - m0, ms.TotalAlloc - t0
}

var root *Node
var sink interface{}

func main() {
	m, t := delta(func() {
		for _, k := range []int{50, 30, 70, 20, 40, 60, 80} {
			root = insert(root, k)
		}
	})
	fmt.Println("tree", m, t)
	sum := 0
	m, t = delta(func() { root.Walk(func(k int) { sum += k }) })
	fmt.Println("walk", m, t, sum)
	m, t = delta(func() {
		var wg sync.WaitGroup
		results := make([]int, 4)
		for i := 0; i < 4; i++ {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				results[i] = i * i
			}(i)
		}
		wg.Wait()
		sink = results
	})
	fmt.Println("goroutines", m > 0, t > 0)
	m, t = delta(func() {
		s := make([]string, 0)
		for i := 0; i < 5; i++ {
			s = append(s, "x")
		}
		sink = s
	})
	fmt.Println("append strings", m, t)
	old := debug.SetGCPercent(50)
	fmt.Println("old gc percent", old, debug.SetGCPercent(old))
	runtime.GC()
	runtime.ReadMemStats(&ms)
	fmt.Println("numgc", ms.NumGC, ms.NumForcedGC)
}
