// recover() as -m -m prints it: (recover()) until escape analysis reaches
// the call and rewrites it into ORECOVERFP, (<node RECOVERFP>) after, in an
// explanation printed at once as in one printed once the flows are solved.
package main

import "fmt"

var sink interface{}

func keep(v interface{}, p *int) { sink = p }

func keepFirst(p *int, v interface{}) { sink = p }

type T struct{ ok bool }

func main() {
	defer func() {
		x := 1
		keep(recover(), &x)
		fmt.Println("recovered", recover() != nil)
		sink = recover() == nil
		y := 2
		keep(recover() != nil, &y)
		t := &T{ok: recover() != nil}
		sink = t
		var r interface{}
		r = recover()
		sink = &r
		s := []bool{recover() == nil}
		sink = s
		z := 3
		keepFirst(&z, recover())
	}()
	panic("x")
}
