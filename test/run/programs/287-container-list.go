// container/list: an LRU cache over a list and a map, every insert and move
// (InsertBefore/After, MoveToFront/Back/Before/After, Push*List), Remove,
// walking both ways, the zero List, a nil *List's panic, and the allocations
// of 1000 PushBacks.
package main

import (
	"container/list"
	"fmt"
	"runtime"
)

type LRU struct {
	cap   int
	ll    *list.List
	items map[string]*list.Element
}

type entry struct {
	key string
	val int
}

func NewLRU(n int) *LRU { return &LRU{cap: n, ll: list.New(), items: map[string]*list.Element{}} }

func (c *LRU) Get(k string) (int, bool) {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		return e.Value.(*entry).val, true
	}
	return 0, false
}

func (c *LRU) Put(k string, v int) {
	if e, ok := c.items[k]; ok {
		e.Value.(*entry).val = v
		c.ll.MoveToFront(e)
		return
	}
	e := c.ll.PushFront(&entry{k, v})
	c.items[k] = e
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		c.ll.Remove(last)
		delete(c.items, last.Value.(*entry).key)
	}
}

func dump(l *list.List) {
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println("| len", l.Len())
}

func main() {
	c := NewLRU(3)
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	c.Get("a")
	c.Put("d", 4)
	_, okb := c.Get("b")
	va, oka := c.Get("a")
	fmt.Println(okb, va, oka, c.ll.Len())

	var l list.List
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	dump(&l)
	l.MoveToBack(e1)
	l.MoveBefore(e4, l.Front())
	dump(&l)
	l.MoveAfter(e4, e1)
	l.MoveToFront(e1)
	dump(&l)
	other := list.New()
	other.PushBack("x")
	other.PushBack("y")
	l.PushBackList(other)
	l.PushFrontList(other)
	dump(&l)
	fmt.Println(l.Remove(e4), l.Len(), e4.Next() == nil, l.Front().Prev() == nil)
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, ",")
	}
	fmt.Println()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	m0, t0 := m.Mallocs, m.TotalAlloc
	big := list.New()
	for i := 0; i < 1000; i++ {
		big.PushBack(i)
	}
	runtime.ReadMemStats(&m)
	fmt.Println("mallocs", m.Mallocs-m0, "bytes", m.TotalAlloc-t0)
	var nl *list.List
	defer func() { fmt.Println("recovered:", recover()) }()
	nl.PushBack(1)
}
