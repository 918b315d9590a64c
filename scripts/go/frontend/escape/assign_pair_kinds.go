// The reason -m -m gives for v, ok = ... names the form of the comma-ok
// assignment: a type assertion (assign-pair-dot-type), a map index
// (assign-pair-mapr) or a receive (assign-pair-receive, a select case's
// too), as := and =, and var declarations.
package main

import "fmt"

var sink interface{}

type T struct{ s string }

func (t *T) String() string { return t.s }

func assertions() {
	var i interface{} = &T{"i"}
	st, ok := i.(fmt.Stringer)
	sink = st
	var j interface{} = &T{"j"}
	var p *T
	p, ok = j.(*T)
	sink = p
	var k interface{} = &T{"k"}
	var q, ok2 = k.(*T)
	sink = q
	var l interface{} = &T{"l"}
	var r fmt.Stringer
	r, ok = l.(fmt.Stringer)
	sink = r
	sink = ok && ok2
}

func indexes() {
	m := map[string]*T{"a": {"a"}}
	v, ok := m["a"]
	sink = v
	n := map[string]*T{"b": {"b"}}
	var w *T
	w, ok = n["b"]
	sink = w
	o := map[string]*T{"c": {"c"}}
	var x, ok2 = o["c"]
	sink = x
	sink = ok || ok2
}

func receives() {
	a := make(chan *T, 1)
	a <- &T{"a"}
	v, ok := <-a
	sink = v
	b := make(chan *T, 1)
	b <- &T{"b"}
	var w *T
	w, ok = <-b
	sink = w
	c := make(chan *T, 1)
	c <- &T{"c"}
	var x, ok2 = <-c
	sink = x
	d := make(chan *T, 1)
	d <- &T{"d"}
	select {
	case y, ok3 := <-d:
		sink = y
		sink = ok3
	}
	e := make(chan *T, 1)
	e <- &T{"e"}
	var z *T
	select {
	case z, ok = <-e:
		sink = z
	}
	sink = ok || ok2
}

func main() {
	assertions()
	indexes()
	receives()
}
