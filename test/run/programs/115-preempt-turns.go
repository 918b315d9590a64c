// Goroutines that spin waiting for their turn, started in reverse order, a
// sleeper and a channel pipeline: all finish, in Go's order. (In gomem a
// goroutine preempted in a plain loop resumes only after those that ran on top
// of it stop, so no spinner here waits for one that started spinning earlier.)
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

var turn int32

func waitTurn(i int32) {
	for atomic.LoadInt32(&turn) != i {
	}
}

func main() {
	var wg sync.WaitGroup
	for i := int32(3); i >= 0; i-- {
		wg.Add(1)
		go func(i int32) {
			defer wg.Done()
			waitTurn(i)
			fmt.Println("turn", i)
			atomic.AddInt32(&turn, 1)
		}(i)
	}
	ch := make(chan int)
	wg.Add(1)
	go func() {
		defer wg.Done()
		s := 0
		for v := range ch {
			s += v
		}
		fmt.Println("received", s)
	}()
	go func() {
		for i := 1; i <= 10; i++ {
			ch <- i
		}
		close(ch)
	}()
	wg.Add(1)
	go func() {
		defer wg.Done()
		time.Sleep(3 * time.Millisecond)
		fmt.Println("sleeper woke")
	}()
	wg.Wait()
	fmt.Println("all done")
}
