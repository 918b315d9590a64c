// A method value passes its receiver to the method, whose results are assumed to reach the heap.
package main

type T struct{ n int }

func (t *T) Self() *T    { return t }
func (t *T) Get() int    { return t.n }
func (t T) Val() int     { return t.n }
func (t *T) Keep() []*T  { return []*T{t} }

type I interface{ Get() int }

func main() {
	a := T{1}
	f := a.Self
	_ = f
	b := T{2}
	g := b.Get
	_ = g()
	c := &T{3}
	h := c.Val
	_ = h()
	var i I = &T{4}
	j := i.Get
	_ = j()
	d := T{5}
	k := d.Keep
	_ = k
}
