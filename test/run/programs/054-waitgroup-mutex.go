// sync.WaitGroup and sync.Mutex: 50 goroutines increment a shared counter
// 1000 times each under a mutex; the total is exact.
package main

import (
	"fmt"
	"sync"
)

type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *SafeCounter) Inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[k]++
}

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	c := SafeCounter{m: map[string]int{}}
	for g := 0; g < 50; g++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				mu.Lock()
				total++
				mu.Unlock()
			}
			c.Inc(fmt.Sprint("k", id%3))
		}(g)
	}
	wg.Wait()
	fmt.Println(total, c.m)
}
