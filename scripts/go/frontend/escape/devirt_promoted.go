// Devirtualized calls of promoted methods print, and flow, through the
// embedded fields typecheck spells out when it resolves the method on the
// asserted value: value and pointer embedding, several levels deep, value
// and pointer receivers, a concrete pointer type, and an embedded interface
// field (the call stays an interface call on that field). The same paths
// show in go/defer temporaries and method values.
package main

type Rect struct{ w, h *int }

func (r Rect) Area() *int  { return r.w }
func (r *Rect) Grow() *int { return r.h }

type Sq struct{ Rect }
type PSq struct{ *Rect }

type Deep struct{ Mid }
type Mid struct{ *Low }
type Low struct{ Sq }

type Areaer interface{ Area() *int }
type Grower interface{ Grow() *int }

type Greeter interface{ Name() *int }
type loud struct{ Greeter }
type outer struct{ *loud }
type Named interface{ Name() *int }

var sink interface{}

func valueEmbed(n int) *int {
	var a Areaer = Sq{Rect{&n, nil}}
	return a.Area()
}

func pointerEmbed(n int) *int {
	var g Grower = PSq{&Rect{nil, &n}}
	return g.Grow()
}

func pointerEmbedValueMethod(n int) *int {
	var a Areaer = PSq{&Rect{&n, nil}}
	return a.Area()
}

func pointerType(n int) *int {
	var g Grower = &Sq{Rect{nil, &n}}
	return g.Grow()
}

func deep(n int) *int {
	var a Areaer = Deep{Mid{&Low{Sq{Rect{&n, nil}}}}}
	return a.Area()
}

func deepPointer(n int) *int {
	var g Grower = &Deep{Mid{&Low{Sq{Rect{nil, &n}}}}}
	return g.Grow()
}

func printed(n int) {
	var a Areaer = Sq{Rect{&n, nil}}
	sink = a.Area()
	var g Grower = PSq{&Rect{nil, &n}}
	sink = g.Grow()
	sink = Areaer(PSq{}).Area()
}

func embeddedIface(g Greeter) *int {
	var n Named = loud{g}
	return n.Name()
}

func embeddedIfaceDeep(g Greeter) {
	var n Named = outer{&loud{g}}
	sink = n.Name()
	var m Named = &loud{g}
	sink = m.Name()
}

func deferred(n int) {
	var g Grower = &Sq{Rect{nil, &n}}
	defer g.Grow()
	go g.Grow()
	var a Areaer = Sq{}
	for i := 0; i < 2; i++ {
		defer a.Area()
	}
	var m Named = loud{}
	defer m.Name()
}

func methodValues(n int) {
	p := PSq{&Rect{&n, nil}}
	f := p.Area
	g := p.Grow
	s := Sq{Rect{&n, nil}}
	h := s.Grow
	sink = f
	sink = g
	sink = h
}

func main() {
	valueEmbed(1)
	pointerEmbed(2)
	pointerEmbedValueMethod(3)
	pointerType(4)
	deep(5)
	deepPointer(6)
	printed(7)
	embeddedIface(nil)
	embeddedIfaceDeep(nil)
	deferred(8)
	methodValues(9)
}
