// Each goroutine recovers its own panics; results are collected in order by
// index over a WaitGroup.
package main

import (
	"fmt"
	"sync"
)

func work(i int) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("recovered: ", r)
		}
	}()
	if i%3 == 0 {
		var m map[int]int
		m[i] = i
	}
	if i%3 == 1 {
		panic(fmt.Sprintf("bad %d", i))
	}
	return fmt.Sprint("ok ", i)
}

func main() {
	res := make([]string, 6)
	var wg sync.WaitGroup
	for i := range res {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			res[i] = work(i)
		}(i)
	}
	wg.Wait()
	for _, r := range res {
		fmt.Println(r)
	}
}
