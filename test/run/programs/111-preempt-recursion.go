// A CPU-bound goroutine without loops (recursive fib) is preempted at its
// calls: main's timers fire while it computes.
package main

import (
	"fmt"
	"time"
)

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	ch := make(chan int)
	go func() { ch <- fib(27) }()
	for i := 0; i < 3; i++ {
		time.Sleep(time.Millisecond)
		fmt.Println("tick", i)
	}
	fmt.Println("fib(27) =", <-ch)
	// A closure recursing through a func value is preempted too.
	var f func(int) int
	f = func(n int) int {
		if n < 2 {
			return n
		}
		return f(n-1) + f(n-2)
	}
	go func() { ch <- f(26) }()
	time.Sleep(time.Millisecond)
	fmt.Println("f(26) =", <-ch)
}
