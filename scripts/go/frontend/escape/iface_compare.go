// Comparisons of an interface with a concrete value: Go compares the type
// word and the data (walk's compare), so the value is not converted and -m
// shows nothing for it, except a value of 64 KiB or more, which irgen does
// convert; explicit conversions to interface, constants included; switch cases.
package main

import (
	"errors"
	"fmt"
)

type P struct{ X, Y int }

type Q struct {
	S string
	p *int
}

type E struct{ msg string }

func (e E) Error() string { return "E" }

type Big [1 << 16]byte

var sink bool

var errVal = errors.New("v")

var g interface{} = interface{}(3)

func mk() P { return P{3, 4} }

func compares(e interface{}, err error, n int, s string, p P, ptr *int) {
	sink = e == 1
	sink = 1000 == e
	sink = e != n
	sink = n != e
	sink = e == s
	sink = e == p
	sink = e == P{1, 2}
	sink = P{1, 2} == e
	sink = e != Q{"a", ptr}
	sink = e == ptr
	sink = e == mk()
	sink = err == E{"x"}
	sink = E{s} != err
	sink = e == (n < 3)
	sink = e == interface{}(n)
	sink = interface{}(p) == e
	sink = e == any("lit")
	sink = e == error(E{"y"}) || err == error(nil)
	sink = e == nil || nil != err
	b := e == n+1
	fmt.Println(b, e == P{5, 6}, 7 != e)
	fmt.Println(e == interface{}(int64(1)), interface{}("x") == "x")
}

func bigs(e interface{}, b Big, pb *Big) {
	sink = e == b
	sink = b != e
	sink = e == *pb
	sink = (b) == e
}

func switches(e interface{}, err error, n int, p P) {
	switch e {
	case 1, "a", n:
		sink = true
	case P{1, 2}, p:
		sink = false
	case nil:
	}
	switch err {
	case E{"z"}, errVal:
	}
	switch n {
	case e:
	}
	switch p {
	case e, P{3, 4}:
	}
}

func conversions(n int, p P) interface{} {
	fmt.Println(interface{}(1), any("s"), any(n), any(p), error(nil))
	x := any(1.5)
	y := []any{any(2), interface{}(byte(3))}
	_ = any(1000)
	return []interface{}{x, y, interface{}(p)}
}

func main() {
	x := 5
	compares(1, E{"a"}, 1000, "s", P{}, &x)
	var big Big
	bigs(big, big, &big)
	switches(2, nil, 1000, P{})
	fmt.Println(conversions(1, P{}), g)
}
