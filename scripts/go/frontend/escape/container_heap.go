// container/heap: an int min-heap and a priority queue of pointers whose
// priorities change (Fix) and whose items leave from the middle (Remove); the
// order of Less and Swap calls is counted, as Go makes them.
package main

import (
	"container/heap"
	"fmt"
	"runtime"
)

type IntHeap []int

var calls int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { calls++; return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[0 : n-1]
	return x
}

type Item struct {
	name     string
	priority int
	index    int
}

type PQ []*Item

func (pq PQ) Len() int            { return len(pq) }
func (pq PQ) Less(i, j int) bool  { return pq[i].priority > pq[j].priority }
func (pq PQ) Swap(i, j int)       { pq[i], pq[j] = pq[j], pq[i]; pq[i].index = i; pq[j].index = j }
func (pq *PQ) Push(x any)         { it := x.(*Item); it.index = len(*pq); *pq = append(*pq, it) }
func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	it := old[n-1]
	old[n-1] = nil
	it.index = -1
	*pq = old[:n-1]
	return it
}

func main() {
	h := &IntHeap{5, 2, 8, 1, 9, 3}
	heap.Init(h)
	heap.Push(h, 0)
	heap.Push(h, 7)
	fmt.Println("min", (*h)[0], "len", h.Len(), "calls", calls)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println("calls", calls)

	pq := PQ{}
	items := map[string]int{"banana": 3, "apple": 2, "pear": 4, "kiwi": 1, "plum": 5}
	for _, name := range []string{"banana", "apple", "pear", "kiwi", "plum"} {
		heap.Push(&pq, &Item{name: name, priority: items[name]})
	}
	kiwi := pq[0]
	for _, it := range pq {
		if it.name == "kiwi" {
			kiwi = it
		}
	}
	kiwi.priority = 10
	heap.Fix(&pq, kiwi.index)
	removed := heap.Remove(&pq, 2).(*Item)
	fmt.Println("removed", removed.name, removed.index)
	for pq.Len() > 0 {
		it := heap.Pop(&pq).(*Item)
		fmt.Printf("%s:%d ", it.name, it.priority)
	}
	fmt.Println()

	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	before := m.Mallocs
	ih := &IntHeap{}
	for i := 0; i < 100; i++ {
		heap.Push(ih, (i*37)%101)
	}
	sum := 0
	for ih.Len() > 0 {
		sum += heap.Pop(ih).(int)
	}
	runtime.ReadMemStats(&m)
	fmt.Println("sum", sum, "mallocs", m.Mallocs-before)

	defer func() { fmt.Println("recovered:", recover()) }()
	var nilHeap heap.Interface
	heap.Init(nilHeap)
}
