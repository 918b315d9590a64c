package main

import (
	"fmt"
	"sync"
)

func worker(c chan int, wg *sync.WaitGroup) {
	defer wg.Done()
	fmt.Println(<-c)
}

func main() {
	var wg sync.WaitGroup
	c := make(chan int)
	wg.Add(2)
	go worker(c, &wg)
	go worker(c, &wg)
	wg.Wait()
}
