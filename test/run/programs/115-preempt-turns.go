// Goroutines that spin waiting for their turn, started in reverse order, a
// sleeper and a channel pipeline: all finish, the spinners in turn order (the
// others report after the wait, as how they interleave with the spinners
// depends on when time slices end). (In gomem a
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
	received := 0
	wg.Add(1)
	go func() {
		defer wg.Done()
		for v := range ch {
			received += v
		}
	}()
	go func() {
		for i := 1; i <= 10; i++ {
			ch <- i
		}
		close(ch)
	}()
	woke := false
	wg.Add(1)
	go func() {
		defer wg.Done()
		time.Sleep(3 * time.Millisecond)
		woke = true
	}()
	wg.Wait()
	fmt.Println("received", received, "sleeper woke", woke)
	fmt.Println("all done")
}
