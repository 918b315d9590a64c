// A method expression of a promoted method calls the method it is promoted
// from with that method's parameter tags, and a parameter without pointers
// has none: the empty tag reads as a leak to the heap, so an argument with
// pointers passed there escapes ((*O).Get(&o) moves o to the heap; a pointer
// method's receiver is tagged and keeps its argument on the stack).
package main

type P struct{ n int }

func (p *P) Inc()    { p.n++ }
func (p P) Get() int { return p.n }

type O struct {
	*P
	X int
}

type Q struct {
	P
	X int
}

func ptrEmbed() int {
	o := O{&P{1}, 1}
	return (*O).Get(&o)
}

func valueEmbed() int {
	q := Q{P{1}, 1}
	return (*Q).Get(&q)
}

func pointerMethod() {
	q := Q{P{1}, 1}
	(*Q).Inc(&q)
}

func valueReceiver() int {
	o := O{&P{1}, 1}
	return O.Get(o)
}

func methodValue() {
	o := O{&P{1}, 1}
	f := o.Inc
	f()
}

func main() {
	ptrEmbed()
	valueEmbed()
	pointerMethod()
	valueReceiver()
	methodValue()
}
