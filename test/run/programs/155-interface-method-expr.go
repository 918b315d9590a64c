// A method expression on an interface type (fmt.Stringer.String) is a function
// taking the interface value first; a nil value panics when it is called.

package main

import (
	"errors"
	"fmt"
	"time"
)

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

func main() {
	f := fmt.Stringer.String
	fmt.Println(f(time.Second))
	g := Shape.Area
	fmt.Println(g(Sq{3}))
	e := error.Error
	fmt.Println(e(errors.New("boom")))
	defer func() { fmt.Println("recovered:", recover()) }()
	var s Shape
	g(s)
}
