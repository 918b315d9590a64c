// sync.Pool across collections (one P): Put then Get returns the same item;
// an item survives one GC (moved to the victim cache) but not two; Get on an
// empty pool calls New, or returns nil without New.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type buf struct{ id int }

func main() {
	made := 0
	p := sync.Pool{New: func() interface{} { made++; return &buf{id: 1000 + made} }}
	a := &buf{id: 1}
	p.Put(a)
	got := p.Get().(*buf)
	fmt.Println("put/get same:", got == a, got.id)
	got = p.Get().(*buf)
	fmt.Println("empty -> New:", got.id, made)
	p.Put(a)
	runtime.GC()
	got = p.Get().(*buf)
	fmt.Println("after 1 GC:", got.id)
	p.Put(a)
	runtime.GC()
	runtime.GC()
	got = p.Get().(*buf)
	fmt.Println("after 2 GCs:", got.id, made)
	var q sync.Pool
	fmt.Println("no New:", q.Get())
	q.Put(&buf{id: 7})
	q.Put(&buf{id: 8})
	fmt.Println(q.Get().(*buf).id, q.Get().(*buf).id, q.Get())
	q.Put(nil)
	fmt.Println(q.Get())
}
