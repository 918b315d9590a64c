// Package initialization that blocks: init functions that send on channels
// and wait for goroutines they start, and a package variable initialized by a
// call that receives; main sees everything they did, in order.
package main

import "fmt"

var ch = make(chan int, 3)

var first = recvOne()

func recvOne() int {
	done := make(chan int)
	go func() { done <- 41 }()
	return <-done + 1
}

func init() {
	ch <- first
}

func init() {
	res := make(chan string)
	go func() {
		res <- fmt.Sprint("from goroutine ", <-ch)
	}()
	fmt.Println(<-res)
	ch <- 7
}

func main() {
	fmt.Println(first, len(ch), <-ch)
}
