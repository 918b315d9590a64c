// Seed 001, first example (linked list, `node1 = nil`). The article's
// comment says `fmt.Println(node1.next.value)` prints 0 once node1 is nil.
// Go: dereferencing the nil pointer panics with
// `panic: runtime error: invalid memory address or nil pointer dereference`
// and the program exits with status 2 after printing 2.
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

	node1 = nil
	fmt.Println(node1.next.value) // the article says 0; Go panics
}
