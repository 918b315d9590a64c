// An ordinary program: trees, caches with locks, errors, recover, interfaces, goroutines and channels.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
)

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree) Walk(f func(int)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}


type Cache struct {
	mu   sync.Mutex
	data map[string][]byte
	hits int
}

func NewCache() *Cache {
	return &Cache{data: make(map[string][]byte)}
}

func (c *Cache) Get(k string) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.data[k]
	if ok {
		c.hits++
	}
	return v, ok
}

func (c *Cache) Put(k string, v []byte) {
	c.mu.Lock()
	c.data[k] = v
	c.mu.Unlock()
}

var ErrEmpty = errors.New("empty")

func first(xs []int) (int, error) {
	if len(xs) == 0 {
		return 0, ErrEmpty
	}
	return xs[0], nil
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

type Shape interface {
	Area() float64
}

type Square struct{ side float64 }
type Circle struct{ r float64 }

func (s Square) Area() float64  { return s.side * s.side }
func (c *Circle) Area() float64 { return 3 * c.r * c.r }

func total(shapes []Shape) float64 {
	sum := 0.0
	for _, s := range shapes {
		sum += s.Area()
	}
	return sum
}

func producer(n int) <-chan *int {
	ch := make(chan *int, n)
	go func() {
		for i := 0; i < n; i++ {
			v := i
			ch <- &v
		}
		close(ch)
	}()
	return ch
}

func words(s string) map[string]int {
	counts := map[string]int{}
	for _, w := range strings.Fields(s) {
		counts[w]++
	}
	return counts
}

func matrix(n int) [][]float64 {
	m := make([][]float64, n)
	for i := range m {
		m[i] = make([]float64, n)
	}
	return m
}

func main() {
	var root *Tree
	for _, v := range []int{5, 3, 8, 1} {
		root = root.Insert(v)
	}
	sum := 0
	root.Walk(func(v int) { sum += v })
	c := NewCache()
	c.Put("a", []byte("hello"))
	if v, ok := c.Get("a"); ok {
		fmt.Println(string(v))
	}
	if _, err := first(nil); err != nil {
		fmt.Println(err)
	}
	q, err := safeDiv(1, 0)
	fmt.Println(q, err)
	shapes := []Shape{Square{2}, &Circle{1}}
	fmt.Println(total(shapes))
	got := 0
	for p := range producer(3) {
		got += *p
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	select {
	case x := <-producer(1):
		got += *x
	default:
	}
	labels := []string{}
	for i := 0; i < 3; i++ {
		labels = append(labels, fmt.Sprintf("l%d", i))
	}
	switch len(labels) {
	case 3:
		got++
	}
	fmt.Println(sum, got, words("a b a"), len(matrix(3)), ms.NumGC, labels)
}
