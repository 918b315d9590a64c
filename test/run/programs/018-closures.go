// Closures: counters with private state, closures sharing a variable, loop
// variables captured with Go 1.19 semantics (one variable per loop), and
// functions returning functions.
package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func adder(base int) func(int) int {
	return func(x int) int { return base + x }
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func main() {
	c1, c2 := counter(), counter()
	fmt.Println(c1(), c1(), c1(), c2())
	x := 10
	inc := func() { x++ }
	get := func() int { return x }
	inc()
	inc()
	fmt.Println(x, get())
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	var hs []func() int
	for i := 0; i < 3; i++ {
		i := i
		hs = append(hs, func() int { return i * 10 })
	}
	for _, h := range hs {
		fmt.Print(h(), " ")
	}
	fmt.Println()
	add5 := adder(5)
	double := func(x int) int { return x * 2 }
	fmt.Println(add5(1), compose(add5, double)(1), compose(double, add5)(1))
	fib := func() func() int {
		a, b := 0, 1
		return func() int {
			r := a
			a, b = b, a+b
			return r
		}
	}()
	for i := 0; i < 10; i++ {
		fmt.Print(fib(), " ")
	}
	fmt.Println()
	var rec func(int) int
	rec = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * rec(n-1)
	}
	fmt.Println(rec(10))
	func() { fmt.Println("immediately invoked") }()
}
