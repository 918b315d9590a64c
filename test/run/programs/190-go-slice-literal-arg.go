// go and defer with a slice literal argument: its elements are evaluated at the statement, the
// slice is built where the call runs (the goroutine outlives the frame that started it).
package main

import (
	"fmt"
	"sync"
)

var wg sync.WaitGroup
var ch = make(chan int)

func g(q []int) {
	<-ch
	fmt.Println(q[0], q[1], q[2])
	wg.Done()
}

func clobber(n int) int {
	var a [64]int
	for i := range a {
		a[i] = n * i
	}
	if n > 0 {
		return clobber(n-1) + a[3]
	}
	return a[5]
}

func start(a int) {
	go g([]int{a, a + 1, a + 2})
}

func main() {
	wg.Add(1)
	start(7)
	fmt.Println(clobber(20))
	ch <- 1
	wg.Wait()
	defer fmt.Println("deferred", []int{1, 2}[1])
}
