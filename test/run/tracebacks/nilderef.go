package main

import "fmt"

type node struct {
	val  int
	next *node
}

func (n *node) sum() int {
	return n.val + n.next.sum()
}

func main() {
	l := &node{1, &node{2, nil}}
	fmt.Println(l.sum())
}
