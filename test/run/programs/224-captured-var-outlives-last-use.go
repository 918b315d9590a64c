// A variable a closure captures by reference stays alive past the last statement
// naming it: the closure, called later or deferred, reads what was assigned last.

package main

import (
	"fmt"
	"runtime"
)

type List struct{ head *int }

func (l List) Sum() int { return *l.head }

type Summer interface{ Sum() int }

type Big struct {
	p *int
	q [4]int
}

func main() {
	one, nine := 1, 9
	var e Summer = List{&nine}
	f := func() { fmt.Println("call", e.Sum()) }
	e = List{&one}
	runtime.GC()
	f()

	var g interface{} = 9
	h := func() { fmt.Println("call", *g.(Big).p, g.(Big).q) }
	g = Big{p: &one}
	runtime.GC()
	h()

	func() {
		s := []int{1, 2, 3}
		defer func() { fmt.Println("deferred", s) }()
		s = append(s, 4)
		runtime.GC()
	}()

	p := new(int)
	inc := func() { *p++ }
	*p = 40
	runtime.GC()
	inc()
	inc()
	fmt.Println(*p)
}
