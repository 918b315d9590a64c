// Where a closure captures a variable, as -m -m's "captured by a closure"
// steps print it: at its first use in the closure, or, when a closure nested
// in it used the variable first, at that nested closure's func keyword; and
// where a go/defer wrapper's temporary of an implicitly converted argument is.
package main

import (
	"fmt"
	"sync"
)

var sink interface{}

type Ints []int

func deep() {
	a := new(int)
	b := 0
	c := new(int)
	sink = func() {
		func() {
			func() {
				sink = a
				b++
			}()
			sink = c
		}()
		b++
		sink = c
	}
}

func direct() {
	d := new(int)
	n := 0
	sink = func() {
		n++
		sink = d
		func() {
			sink = d
			n++
		}()
	}
}

func assigned() {
	e := new(int)
	var f *int
	sink = func() {
		f = func() *int {
			return func() *int { return e }()
		}()
	}
	sink = f
}

func send(out chan<- string, xs Ints, wg *sync.WaitGroup) {
	defer wg.Done()
	out <- fmt.Sprint(len(xs))
}

func send2(wg *sync.WaitGroup, xs Ints, out chan<- string, ys Ints) {
	defer wg.Done()
	out <- fmt.Sprint(len(xs), len(ys))
}

func goroutines(errs chan<- string) {
	var wg sync.WaitGroup
	out := make(chan string, 2)
	xs := []int{1, 2}
	ys := Ints{3}
	wg.Add(3)
	go send(out, xs, &wg)
	go send(out, xs[:1], &wg)
	go send2(&wg, xs, out, ys)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				errs <- fmt.Sprint("recovered: ", r)
			}
		}()
	}()
	wg.Wait()
}

func main() {
	deep()
	direct()
	assigned()
	goroutines(make(chan string, 4))
}
