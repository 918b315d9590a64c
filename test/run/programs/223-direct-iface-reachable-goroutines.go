// Structs held directly in interfaces are found by the collector wherever the
// interface lies, and their methods run right through goroutines, defers, blocking and recursion.

package main

import (
	"fmt"
	"runtime"
	"sort"
	"sync"
)

type Node struct {
	val  int
	next *Node
	pad  [64]byte
}

type List struct{ head *Node }

func (l List) Sum() int {
	s := 0
	for n := l.head; n != nil; n = n.next {
		s += n.val
	}
	return s
}

// Depth recurses through an interface, each level with its own receiver.
func (l List) Depth() int {
	if l.head == nil {
		return 0
	}
	var s Summer = List{l.head.next}
	runtime.GC()
	return 1 + s.Depth() + l.head.val*0
}

type Summer interface {
	Sum() int
	Depth() int
}

// Chan is one channel: its value method blocks.
type Chan struct{ c chan int }

func (c Chan) Recv() int { return <-c.c }

type Receiver interface{ Recv() int }

// Keys sorts through its one map pointer.
type Keys struct{ ks *[]string }

func (k Keys) Len() int           { return len(*k.ks) }
func (k Keys) Less(i, j int) bool { return (*k.ks)[i] < (*k.ks)[j] }
func (k Keys) Swap(i, j int)      { (*k.ks)[i], (*k.ks)[j] = (*k.ks)[j], (*k.ks)[i] }

type holder struct {
	a interface{}
	b Summer
	c []interface{}
}

func build(n int) List {
	var l List
	for i := 1; i <= n; i++ {
		l.head = &Node{val: i, next: l.head}
	}
	return l
}

var global interface{}

func churn() {
	for i := 0; i < 2000; i++ {
		_ = make([]byte, 256)
	}
	runtime.GC()
}

func main() {
	h := &holder{a: build(10), b: build(20), c: []interface{}{build(5), [1]*Node{{val: 99}}}}
	global = struct{ l *Node }{build(3).head}
	m := map[string]interface{}{"x": build(4)}
	ch := make(chan interface{}, 2)
	ch <- build(6)
	churn()
	fmt.Println(h.a.(List).Sum(), h.b.Sum(), h.c[0].(List).Sum(), h.c[1].([1]*Node)[0].val)
	fmt.Println(global.(struct{ l *Node }).l.val, m["x"].(List).Sum(), (<-ch).(List).Sum())
	fmt.Println(h.b.Depth())

	var wg sync.WaitGroup
	res := make([]int, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		var s Summer = build(i + 1)
		go func(i int) {
			defer wg.Done()
			churn()
			res[i] = s.Sum()
		}(i)
	}
	var s2 Summer = build(7)
	wg.Add(1)
	go func() { defer wg.Done(); churn(); res = append(res, s2.Sum()) }()
	wg.Wait()
	fmt.Println(res)

	c := Chan{make(chan int)}
	var r Receiver = c
	go func() { churn(); c.c <- 41 }()
	fmt.Println(r.Recv() + 1)
	done := make(chan int)
	go func(r Receiver) { done <- r.Recv() }(Chan{c.c})
	c.c <- 7
	fmt.Println(<-done)

	var d Summer = build(8)
	f := d.Sum
	d = nil
	churn()
	fmt.Println(f())
	func() {
		var e Summer = build(9)
		defer fmt.Println("deferred", e.Sum())
		defer func() { fmt.Println("deferred call", e.Sum()) }()
		e = build(1)
		churn()
	}()

	ks := []string{"pear", "apple", "fig"}
	var si sort.Interface = Keys{&ks}
	sort.Sort(si)
	fmt.Println(ks)
}
