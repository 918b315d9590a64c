// A singly linked list built, reversed and partly dropped, with collections
// in between: the surviving nodes keep their values.
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	val  int
	next *node
}

func build(n int) *node {
	var head *node
	for i := n; i > 0; i-- {
		head = &node{i, head}
	}
	return head
}

func reverse(h *node) *node {
	var prev *node
	for h != nil {
		h, h.next, prev = h.next, prev, h
	}
	return prev
}

func sum(h *node) (s, n int) {
	for ; h != nil; h = h.next {
		s += h.val
		n++
	}
	return
}

func main() {
	l := build(10000)
	runtime.GC()
	fmt.Println(sum(l))
	l = reverse(l)
	fmt.Println(l.val, l.next.val)
	p := l
	for i := 0; i < 4999; i++ {
		p = p.next
	}
	p.next = nil
	runtime.GC()
	for i := 0; i < 100; i++ {
		_ = build(100)
	}
	runtime.GC()
	fmt.Println(sum(l))
}
