package main

import (
	"fmt"
	"sync"
)

func rec(n int, f func()) {
	if n == 0 {
		f()
		return
	}
	rec(n-1, f)
}

func main() {
	c := make(chan int)
	var nilc chan int
	var wg sync.WaitGroup
	wg.Add(1)
	go rec(120, func() {
		select {
		case <-c:
		case <-nilc:
		}
	})
	go rec(3, func() { c <- 1; c <- 2 })
	go rec(130, func() { wg.Wait() })
	fmt.Println("blocking")
	rec(140, func() { <-nilc })
}
