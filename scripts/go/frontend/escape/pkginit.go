// Package-level variables: what staticinit lays out as data (constants, nil,
// &T{...} and slice literals of static parts, addresses of globals, function
// literals, []byte("lit"), interface values of those) makes no code; what it
// cannot (calls, make, new, map literals, method values, operators) runs in
// the package's init function, which escape analysis sees after every other
// function. Static temporaries are numbered as Go numbers them.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type T struct {
	a    int
	p    *int
	name string
}

func (t *T) Name() string { return t.name }

type Pair struct {
	l, r *T
	any  interface{}
}

var g int

var (
	m1     = make(map[string]int)
	m2     = map[int]string{1: "one"}
	pt     = &T{a: 1, p: new(int)}
	pts    = []*T{new(T), {a: 3}, &T{name: "x"}}
	pair   = Pair{l: &T{}, r: newT(2), any: 7}
	arr    = [4]*int{2: new(int)}
	pg     = &g
	fn     = func(x int) int { return x + g }
	bs     = []byte("static")
	dyn    = []byte(strings.Repeat("d", 3))
	iv     interface{} = newT(5)
	ival   interface{} = pair
	cat    = "a" + strings.ToUpper("b")
	mv     = pt.Name
	e      = errors.New("boom")
	s1, s2 = two()
	n      = len(make([]int, 8))
	apply  = run(func() *T { return &T{a: 9} })
	mptr   = &map[string]int{"k": 1}
	_      = fmt.Sprint("side", 1)
)

func newT(a int) *T { return &T{a: a} }

func two() (*T, []int) { return nil, make([]int, 2) }

func run(f func() *T) *T { return f() }

func main() {
	fmt.Println(len(m1), m2[1], pt.a, len(pts), pair.any, arr[2] != nil, *pg, fn(1), string(bs), string(dyn))
	fmt.Println(iv != nil, ival != nil, cat, mv(), e, s1 == nil, len(s2), n, apply.a, (*mptr)["k"])
}
