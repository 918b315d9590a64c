// A promoted field is printed, and explained step by step, through the embedded fields it is reached by.
package main

import "fmt"

type Base struct{ ID *int }
type Entity struct {
	Base
	Name *string
}
type Wrapper struct {
	*Entity
	n int
}

var sink interface{}

func f(e Entity, w Wrapper, pw *Wrapper, pe *Entity) *int {
	fmt.Println(e.ID, w.Name, w.ID, pw.Name)
	sink = pe.Base.ID
	sink = (*pw).Entity.Name
	sink = w.Entity.Base.ID
	return pw.ID
}

func main() {}
