// Dereferencing a nil pointer: the runtime error plus the signal line that
// follows it ([signal SIGSEGV ...]); the first line is the panic.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func main() {
	n := &Node{Val: 1}
	fmt.Println(n.Val)
	fmt.Println(n.Next.Val)
}
