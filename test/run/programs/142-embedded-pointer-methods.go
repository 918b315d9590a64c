// Methods promoted through an embedded *T: in the value type's method set
// (interfaces, fmt's Stringer), method expressions and values, nil pointers.
package main

import "fmt"

type P struct{ n int }

func (p *P) String() string { return fmt.Sprint("P!", p.n) }
func (p *P) Inc()           { p.n++ }
func (p P) Get() int        { return p.n }

type O struct {
	*P
	X int
}

type Incer interface{ Inc() }

type T struct{ n int }

func (t T) Val() int { return t.n }

type V interface{ Val() int }

type OT struct{ *T }

type I interface{ M() }

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}

func main() {
	o := O{&P{1}, 1}
	fmt.Println(o)
	var s fmt.Stringer = o
	fmt.Println(s.String())
	var i Incer = o
	i.Inc()
	fmt.Println(o.n, o.Get())
	fmt.Println((*O).Get(&o), O.Get(o))
	O.Inc(o)
	fmt.Println(o.n)
	f := o.Inc
	f()
	fmt.Println(o.n)

	var p *T
	try(func() { var v V = p; v.Val() })
	try(func() { var o OT; o.Val() })
	try(func() { var o OT; var v V = o; v.Val() })
	try(func() { OT.Val(OT{}) })
	try(func() { f := p.Val; f() })
	try(func() {
		var i I
		f := i.M
		fmt.Println("bound")
		f()
	})
}
