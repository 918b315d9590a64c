// A collector workload: free lists, chains of objects, labeled loops, goto, sync.Pool, large arrays.
package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"sync"
)

type Obj struct {
	id   int
	data []byte
	next *Obj
	meta map[string]string
}

type Pool struct {
	free []*Obj
}

func (p *Pool) Get() *Obj {
	if n := len(p.free); n > 0 {
		o := p.free[n-1]
		p.free = p.free[:n-1]
		return o
	}
	return new(Obj)
}

func (p *Pool) Put(o *Obj) { p.free = append(p.free, o) }

var bufPool = sync.Pool{New: func() interface{} { return make([]byte, 1024) }}

type Visitor func(o *Obj) bool

func chain(n int) *Obj {
	var head *Obj
	for i := 0; i < n; i++ {
		head = &Obj{id: i, next: head, data: make([]byte, 64)}
	}
	return head
}

func count(head *Obj, v Visitor) (n int) {
outer:
	for o := head; o != nil; o = o.next {
		for _, b := range o.data {
			if b != 0 {
				continue outer
			}
		}
		if !v(o) {
			break
		}
		n++
	}
	return
}

func labels(objs []Obj) []string {
	out := make([]string, 0, len(objs))
	for i := range objs {
		o := &objs[i]
		out = append(out, "obj"+strconv.Itoa(o.id))
	}
	return out
}

type Stats struct {
	allocs, frees uint64
}

func (s Stats) String() string { return fmt.Sprintf("%d/%d", s.allocs, s.frees) }

func snapshot() (s Stats) {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	s.allocs, s.frees = ms.Mallocs, ms.Frees
	return
}

func retry(n int, f func() error) error {
	var err error
	i := 0
again:
	if err = f(); err != nil && i < n {
		i++
		goto again
	}
	return err
}

func main() {
	debug.SetGCPercent(20)
	p := &Pool{}
	o := p.Get()
	p.Put(o)
	head := chain(100)
	seen := 0
	n := count(head, func(o *Obj) bool { seen++; return o.id < 50 })
	objs := make([]Obj, 4)
	names := labels(objs)
	buf := bufPool.Get().([]byte)
	bufPool.Put(buf)
	var big [1 << 16]int64
	big[3] = 1
	arr := [4]*Obj{o}
	s := snapshot()
	err := retry(2, func() error { return nil })
	runtime.GC()
	if err != nil {
		os.Exit(1)
	}
	fmt.Println(n, seen, len(names), big[3], arr[0] != nil, s, s.String())
}
