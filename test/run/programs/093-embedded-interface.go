// An interface embedded in a struct (decorator style): the struct satisfies
// the interface through the embedded value and overrides one method;
// calling an unset embedded interface panics with a nil dereference,
// recovered here.
package main

import (
	"fmt"
	"sort"
)

type reverse struct{ sort.Interface }

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

type Greeter interface {
	Greet() string
	Name() string
}

type base struct{}

func (base) Greet() string { return "hello" }
func (base) Name() string  { return "base" }

type loud struct{ Greeter }

func (l loud) Greet() string { return l.Greeter.Greet() + "!!!" }

func main() {
	xs := []int{3, 1, 2}
	sort.Sort(reverse{sort.IntSlice(xs)})
	fmt.Println(xs)
	var g Greeter = loud{base{}}
	fmt.Println(g.Greet(), g.Name())
	defer func() { fmt.Println("recovered:", recover()) }()
	var empty Greeter = loud{}
	fmt.Println(empty.Name())
}
