// Unbuffered ping-pong, panics recovered inside goroutines, an RWMutex-guarded
// map under contention with Gosched, per-index results, and a deadlock with
// one goroutine blocked on a mutex and main on a channel (exit 2).
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func pingPong(n int) int {
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < n; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	<-pong
	return v
}

func safeGo(wg *sync.WaitGroup, errs chan<- string, f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				errs <- fmt.Sprint("recovered: ", r)
			}
		}()
		f()
	}()
}

type SafeMap struct {
	mu sync.RWMutex
	m  map[string]int
}

func (s *SafeMap) Inc(k string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[k]++
}

func (s *SafeMap) Get(k string) int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.m[k]
}

func main() {
	fmt.Println(pingPong(1000))
	var wg sync.WaitGroup
	errs := make(chan string, 10)
	safeGo(&wg, errs, func() { panic("boom") })
	safeGo(&wg, errs, func() { var p *int; _ = *p })
	safeGo(&wg, errs, func() {})
	wg.Wait()
	close(errs)
	for e := range errs {
		fmt.Println(e)
	}
	sm := &SafeMap{m: map[string]int{}}
	var wg2 sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg2.Add(1)
		go func(i int) {
			defer wg2.Done()
			sm.Inc(fmt.Sprint("k", i%3))
			runtime.Gosched()
			sm.Inc("total")
		}(i)
	}
	wg2.Wait()
	fmt.Println(sm.Get("k0"), sm.Get("k1"), sm.Get("k2"), sm.Get("total"))
	fmt.Println(runtime.NumGoroutine())
	results := make([]int, 5)
	var wg3 sync.WaitGroup
	for i := range results {
		wg3.Add(1)
		go func(i int) {
			defer wg3.Done()
			results[i] = i * i * i
		}(i)
	}
	wg3.Wait()
	fmt.Println(results)
	var mu sync.Mutex
	mu.Lock()
	go func() {
		mu.Lock()
		fmt.Println("never")
	}()
	runtime.Gosched()
	ch := make(chan int)
	<-ch
}
