// A goroutine panics while main spins in a loop that never blocks: the panicking
// goroutine runs on the preempted one's stack, and only its own frames are printed.
package main

import (
	"fmt"
	"time"
)

var done bool

func spin() int {
	n := 0
	for !done {
		n++
	}
	return n
}

func boom(x []int) int { return x[3] }

func main() {
	go func() {
		time.Sleep(time.Millisecond)
		fmt.Println("child", boom([]int{1}))
	}()
	fmt.Println(spin() > 0)
}
