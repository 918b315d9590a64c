// A method value of a promoted method prints with the embedded fields it is reached through.
package main

type Embed struct{ n int }

func (e *Embed) Inc()   { e.n++ }
func (e Embed) Get() int { return e.n }

type Outer struct{ Embed }
type Outer2 struct{ *Outer }

func call(f func()) { f() }

var sink interface{}

func main() {
	var o Outer
	call(o.Inc)
	g := o.Embed.Inc
	g()
	o2 := Outer2{&o}
	call(o2.Inc)
	sink = o2.Get
	h := o.Get
	_ = h()
}
