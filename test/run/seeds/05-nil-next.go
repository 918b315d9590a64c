// Seed 001, second example (`node1.next = nil`). The article says
// `node1.next.value` then prints 0. Go: node1.next is a nil *Node, so the
// field read panics (nil pointer dereference, exit status 2).
package main

import "fmt"

type Node struct {
	value int
	next  *Node
}

func main() {
	node1 := &Node{value: 1}
	node2 := &Node{value: 2}
	node3 := &Node{value: 3}

	node1.next = node2
	node2.next = node3

	fmt.Println(node1.next.value) // 2

	node1.next = nil
	fmt.Println(node1.next.value) // the article says 0; Go panics
}
