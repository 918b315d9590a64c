// Typecheck temporaries: a method called on a call's result, a func value
// returned by a call and called, f(g()) of a multi-valued g, in loops, range,
// type switches and go statements — each .autotmp_N numbered as Go numbers it.
package main

import "fmt"

type T struct{ x int }

func (t *T) Get() *T { return t }
func (t *T) Val() int  { return t.x }
func two() (int, string) { return 1, "a" }

var sink interface{}

func main() {
	t := &T{}
	fmt.Println(two())
	sink = t.Get().Val()
	for k, v := range []int{1} {
		sink = t.Get().Val() + k + v
	}
	switch x := sink.(type) {
	case int:
		sink = t.Get().Val() + x
	case string:
		sink = x
	}
	var w = t.Get().Val()
	sink = t.Get().Val() + w
	func() { sink = t.Get().Val() }()
}
