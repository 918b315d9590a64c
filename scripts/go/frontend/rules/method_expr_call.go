// Method expressions: the receiver is the first argument, and a local bound
// once to T.M is a static callee whose parameter tags apply.
package main

type T struct{}

func (T) Do(p *int) {}

func (T) Keep(p *int) { g = p }

var g *int

func main() {
	f := T.Do
	c := 3
	f(T{}, &c)
	k := T.Keep
	d := 4
	k(T{}, &d)
	e := 5
	T.Do(T{}, &e)
	h := 6
	T.Keep(T{}, &h)
}
