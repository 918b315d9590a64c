// When Go devirtualizes x.M(): x must be a local of the function making the
// call, defined once by an assignment (not a multi-valued call) whose value
// is a conversion to the interface, implicit or explicit, and never
// reassigned or addressed (ir.StaticValue). Inside a closure a captured
// variable is a closure variable, which ir.StaticValue does not follow, for
// method calls and function values alike.
package main

type T struct{ p *int }

func (t T) M() *int { return t.p }

type I interface{ M() *int }

var sink interface{}

func two() (I, int) { return T{}, 1 }

func captured(n int) {
	s := I(T{&n})
	func() {
		sink = s.M()
		t := I(T{})
		func() {
			sink = t.M()
			u := s
			sink = u.M()
		}()
		sink = t.M()
	}()
	go func() { sink = s.M() }()
}

func defined(n int) {
	x, y := I(T{&n}), 1
	sink = x.M()
	_ = y
	p, q := two()
	sink = p.M()
	_ = q
	var r I
	r = T{}
	sink = r.M()
	var w I = T{}
	_ = &w
	sink = w.M()
	var z I = T{}
	sink = z.M()
	z = T{}
	var v I = T{}
	func() { v = T{} }()
	sink = v.M()
	sink = I(T{}).M()
}

func funcValues() {
	f := func(x *int) *int { return x }
	g := func() {
		var n int
		sink = f(&n)
	}
	g()
	h := func() {
		var n int
		sink = f(&n)
	}
	go func() { h() }()
}

func main() {
	captured(1)
	defined(2)
	funcValues()
}
