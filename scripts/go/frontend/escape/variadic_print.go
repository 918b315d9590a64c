// Variadic calls as -m -m prints them: escape analysis packs a call's
// variadic arguments into a slice when it reaches the call, so a flow
// explained before that, as soon as it reaches the heap, shows the call's
// arguments as written (a method call is already one of its method
// expression, from typecheck). Explained once the flows are solved, every
// call is packed.
package main

import "fmt"

var sink interface{}

type C struct{ m map[string]int }

func (c *C) Inc(k string) { c.m[k]++ }

func (c *C) Name(parts ...string) string { return fmt.Sprint(len(parts)) }

func keep(p *int, s string) { sink = p }

func keepLast(s string, p *int) { sink = p }

func join(xs ...string) string { return xs[0] }

func panics(n int) {
	if n > 1 {
		panic(fmt.Sprint("bad ", n))
	}
	if n > 2 {
		panic(fmt.Sprintf("bad %d of %d", n, 3))
	}
	if n > 3 {
		panic(fmt.Sprint())
	}
	if n > 4 {
		panic(join("a", "b"))
	}
	if n > 5 {
		panic(fmt.Errorf("wrapped %d", n).Error())
	}
}

func assigns(n int) {
	sink = fmt.Sprint("a", n)
	sink = "x" + fmt.Sprint(n)
	sink = interface{}(fmt.Sprintln(n, n))
	g := fmt.Sprint
	sink = g(n, 2)
	var c C
	sink = c.Name("a", "b")
	var v interface{}
	sink = &v
	v = fmt.Sprint("late ", n)
}

func receivers(id int) {
	c := C{m: map[string]int{}}
	c.Inc(fmt.Sprint("k", id%3))
	x, y := 1, 2
	keep(&x, fmt.Sprint(id))
	keepLast(fmt.Sprint(id, id), &y)
	d := &C{}
	keep(&id, d.Name("a"))
}

type In struct{ p *int }

type Out struct{ *In }

func mk(xs ...int) Out { return Out{&In{&xs[0]}} }

func later(n int) {
	defer fmt.Println(fmt.Sprint("deferred ", n))
	var a, b interface{} = fmt.Sprint("a", n), fmt.Sprint("b", n)
	sink = a
	sink = b
	sink = mk(n, n).p
}

func main() {
	defer func() { recover() }()
	later(4)
	panics(3)
	assigns(1)
	receivers(2)
}
