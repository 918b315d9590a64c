// Heap sinks: globals, dynamic calls, go, defer in a loop, panic, append,
// channel sends, map stores, interface conversions, method values.
package main

import "fmt"

type T struct{ p *int }

func (t *T) M() *int { return t.p }

var global *int
var sink interface{}

func toGlobal(p *int) { global = p }

func dynamic(f func(*int), p *int) { f(p) }

func goroutine(p *int) { go toGlobal(p) }

func deferLoop(n int) {
	for i := 0; i < n; i++ {
		x := i
		defer fmt.Println(&x)
	}
}

func deferTop() {
	x := 1
	defer fmt.Println(&x)
}

func panics(p *int) { panic(p) }

func appends(s []*int, p *int) []*int { return append(s, p) }

func sends(c chan *int, p *int) { c <- p }

func mapStore(m map[string]*int, p *int) { m["k"] = p }

func iface(v int) { sink = v }

func methodValue(t *T) func() *int { return t.M }

func main() {
	x := 1
	toGlobal(&x)
	dynamic(func(*int) {}, new(int))
	goroutine(new(int))
	deferLoop(2)
	deferTop()
	_ = appends(nil, new(int))
	c := make(chan *int, 1)
	sends(c, new(int))
	m := map[string]*int{}
	mapStore(m, new(int))
	iface(3)
	_ = methodValue(&T{})
	defer func() { _ = recover() }()
	panics(new(int))
}
