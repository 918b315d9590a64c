// An interface method call orders analysis after its callee only when devirtualized; a call on a parameter names no callee.
package main

import "fmt"

func walk(xs []int, v fmt.Stringer) {
	for range xs {
		_ = v.String()
	}
}

func direct() {
	var v fmt.Stringer = &printer{}
	_ = v.String()
}

type printer struct{ n int }

func (p *printer) String() string { return fmt.Sprint(p.n) }

type counter struct{ n *int }

func (c *counter) String() string { return fmt.Sprint(c.n) }

func main() {
	walk(nil, &printer{})
	direct()
}
