// The method expression (*T).M of a value method, called with a nil pointer:
// Go's panicwrap message rather than a nil dereference.
package main

import "fmt"

type T struct{ n int }

func (t T) Val() int { return t.n }

func main() {
	var p *T
	f := (*T).Val
	fmt.Println(f(p))
}
