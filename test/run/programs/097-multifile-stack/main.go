// A generic-free stack type in its own file, used with a pointer receiver
// and an error for popping an empty stack.
package main

import "fmt"

func main() {
	var s Stack
	for i := 1; i <= 4; i++ {
		s.Push(i * i)
	}
	for {
		v, err := s.Pop()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Println(v)
	}
}
