// Closure names as -m -m prints them in capturing lines and self-assignment
// notes: numbered within the function written around them (main.func2.1,
// main.func2.1.1), init.N for each init function, glob..funcN at package
// level in source order (not initialization order), a count shared with
// functions and methods named _.
package main

import "fmt"

type T struct{ n int }

var sink interface{}

var g = func() int {
	x := 1
	func() {
		x++
		func() { sink = &x }()
	}()
	return x
}

func _() {
	y := 2
	func() { y++ }()
	sink = y
}

var a = b + func() int {
	x := 1
	func() { x++ }()
	return x
}()

var b = func() int {
	z := 3
	func() { z *= 2 }()
	return z
}()

func (T) _() {
	q := 2
	func() { q++ }()
	sink = q
}

var h = func() int {
	z := 3
	func() { z *= 2 }()
	return z
}

func init() {
	es := []string{"a"}
	func() { fmt.Println(es) }()
}

func (t *T) m() {
	a := 1
	func() {
		func() {
			a++
			t.n = a
		}()
	}()
}

func init() {
	res := 0
	f := func() {
		g := func() { res++ }
		g()
		res += 2
	}
	f()
	fmt.Println(res)
}

func _() {
	w := 4
	func() { w++ }()
}

func main() {
	v := 0
	func() { v++ }()
	func() {
		u := 1
		func() {
			u++
			func() {
				u++
				v++
			}()
		}()
		func() { u *= 2 }()
		p := &T{}
		func() { p.n = p.n }()
	}()
	t := &T{}
	t.m()
	fmt.Println(v, g(), h(), t.n, a)
}
