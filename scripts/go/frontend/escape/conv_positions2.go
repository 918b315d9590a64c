// Where Go positions an implicit conversion to interface in a return, a send
// and a := of constants: where building the IR last left the compiler
// (base.Pos). A return converts its results once all are built, each value
// with a place of its own moving the compiler to it first, so a variable
// converts where the result before it (a constant, nil, a call, a literal)
// or the last result built left it. A send converts its value where building
// the channel and the value left it. A := that redeclares a variable with
// constants converts them where the statement before it, or the function
// before it, left the compiler. return g() holds g's results in temporaries
// converted on the call. A call's arguments follow the return's rule from
// the call, with or without a ... argument.
package main

import "fmt"

type pt struct{ x, y int }

func id(x int) int { return x }

func two(k int) (int, pt) { return k, pt{k, 1} }

func ptrs(p *int) (*int, *int) { return p, p }

func keep(a, b *int) {}

func take(a, b interface{}) {}

func takeRest(a interface{}, b ...int) {}

func single(k int) interface{} {
	return k
}

func constLast(k int) (interface{}, interface{}) {
	return k, 5
}

func callLast(k int) (interface{}, interface{}) {
	return k, id(k)
}

func callBetween(k, j int) (interface{}, interface{}, interface{}) {
	return k, id(k), j
}

func litLast(k int, p pt) (interface{}, interface{}) {
	return k, pt{p.x, 1}
}

func varsOnly(k, j int) (interface{}, interface{}) {
	return k, j
}

func litFirst(k int, p pt) (interface{}, interface{}, error) {
	return pt{k, 2}, p, nil
}

func nilFirst(k int) (error, interface{}) {
	return nil, k
}

func constFirst(k int) (interface{}, interface{}) {
	return 5, k
}

func derefs(k int, p *pt) (interface{}, interface{}, interface{}) {
	return k, *p, p.y
}

func indexes(k int, s []pt, m map[int]pt) (interface{}, interface{}, interface{}) {
	return k, s[k], m[k+1]
}

func funcs(k int) (interface{}, interface{}, interface{}) {
	return k, single, func() {}
}

func addr(k int) (interface{}, interface{}) {
	return k, &pt{k, 1}
}

func named(k int) (a interface{}, b interface{}) {
	a, b = k, 3
	if k > 1 {
		return b, k
	}
	return
}

func closure(k int) func() (interface{}, interface{}) {
	return func() (interface{}, interface{}) {
		return k, k + 1
	}
}

func multi(k int) (interface{}, interface{}) {
	if k > 0 {
		return two(k)
	}
	take(two(k))
	return two(id(k))
}

func multiLoop(k int) (*int, *int) {
	for i := 0; i < k; i++ {
		x := i
		keep(ptrs(&x))
		y := i
		if i > 2 {
			return ptrs(&y)
		}
	}
	return nil, nil
}

func sends(ch chan interface{}, k int, p pt) {
	ch <- 5
	ch <- k
	ch <- pt{p.x, 1}
	ch <- pt{1, 2}
	ch <- id(k)
	ch <- p
	ch <- k + 1
	ch <- [2]int{k, 3}
	select {
	case ch <- k:
	case ch <- pt{1, 2}:
	case ch <- 7:
	}
	go func() { ch <- k }()
	defer func() { ch <- p }()
	func() { ch <- 8 }()
}

func typedSends(ch chan error, cs chan fmt.Stringer, e error) {
	ch <- e
	ch <- nil
	cs <- nil
}

func redeclare(k int, s []int) {
	var e interface{}
	x := k + 1
	e, n := 5, 3
	fmt.Println(e, n, x)
	s[0]++
	e, n2 := 6, 4
	fmt.Println(e, n2)
	e, n3 := pt{1, 2}, 5
	fmt.Println(e, n3)
	func() {}()
	e, n4 := 7, 6
	fmt.Println(e, n4)
	f := func() {
		var e interface{}
		e, n := 8, 3
		fmt.Println(e, n)
	}
	f()
}

func firstStatement(k int) (e interface{}) {
	e, n := 9, 3
	fmt.Println(n)
	return
}

func afterPrint(k int) (e interface{}) {
	fmt.Println(k)
	e, n := 10, 3
	fmt.Println(n)
	return
}

func dots(k int, xs []int) {
	takeRest(k, xs...)
	takeRest(k, 1, k)
	takeRest(pt{1, 2}, xs...)
}

func main() {
	fmt.Println(single(1))
	fmt.Println(constLast(1))
	fmt.Println(callLast(1))
	fmt.Println(callBetween(1, 2))
	fmt.Println(litLast(1, pt{}))
	fmt.Println(varsOnly(1, 2))
	fmt.Println(litFirst(1, pt{}))
	fmt.Println(nilFirst(1))
	fmt.Println(constFirst(1))
	fmt.Println(derefs(1, &pt{}))
	fmt.Println(indexes(0, []pt{{}}, nil))
	fmt.Println(funcs(1))
	fmt.Println(addr(1))
	fmt.Println(named(2))
	fmt.Println(closure(1)())
	fmt.Println(multi(1))
	fmt.Println(multiLoop(1))
	ch := make(chan interface{}, 20)
	sends(ch, 1, pt{})
	typedSends(make(chan error, 2), make(chan fmt.Stringer, 1), nil)
	redeclare(1, []int{1})
	fmt.Println(firstStatement(1))
	fmt.Println(afterPrint(1))
	take(nil, ch)
	dots(1, nil)
}
