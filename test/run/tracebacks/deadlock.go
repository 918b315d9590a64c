package main

import "fmt"

func producer(c chan int, n int) {
	for i := 0; i < n; i++ {
		c <- i
	}
}

func consumer(c chan int, done chan bool) {
	for v := range c {
		fmt.Println("got", v)
	}
	done <- true
}

func main() {
	c := make(chan int)
	done := make(chan bool)
	go producer(c, 3)
	go consumer(c, done)
	<-done
}
