// Which go/defer operands get temporaries: receivers, func values, builtins' arguments, slice literals peeled.
package main

import "fmt"

type S struct{ v int }

func (s *S) M(x int)      { fmt.Println(s.v, x) }
func (s S) V(p *int)      { fmt.Println(*p) }
func two(a, b int) (int, error) { return a + b, nil }
func g(p *int, q []int)   {}

var glob int

func f(a int, _ string, b *int) (r int) {
	var s S
	ps := &S{}
	defer s.M(a)
	defer ps.V(b)
	go g(&glob, nil)
	go g(b, []int{a})
	if a > 0 {
		z := 3
		defer fmt.Println(z, "lit")
	}
	defer println(a, b)
	defer close(make(chan int))
	fn := func(k int) {}
	defer fn(a)
	var e error
	defer e.Error()
	return 1
}

func main() {
	x := 1
	f(x, "", &x)
	func() {
		y := 2
		defer fmt.Println(y)
	}()
}
