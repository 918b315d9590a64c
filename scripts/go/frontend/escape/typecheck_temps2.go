// More typecheck temporaries, numbered among parameters, locals and := declarations.
package main

import "fmt"

type T struct{ x int }

func (t *T) Get() *T { return t }
func (t *T) Val() int  { return t.x }

var sink interface{}

func f(a, b int) {
	t := &T{}
	x := t.Get().Val()
	sink = t.Get().Val()
	y := 2
	sink = t.Get().Val() + x + y
	for i := 0; i < 2; i++ {
		z := i
		sink = t.Get().Val() + z
	}
	go fmt.Println(t.Get().Val())
	defer fmt.Println(x)
}

func main() { f(1, 2) }
