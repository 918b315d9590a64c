// Blank package variables: a value without side effects is dropped; one with
// them is laid out statically where it can be, and what is left runs in init
// assigned to the blank identifier.
package main

import "fmt"

type T struct{ p *int }

var t T
var pt = &T{}

var _ = []int{1, 2}
var _ = map[string]int{"a": 1}
var _ = make(map[int]int)
var _ = make(map[int]int, 5)
var _ = make([]int, 3)
var _ = new(T)
var _ = &T{p: new(int)}
var _ = fmt.Sprint(1)
var _ = t.p
var _ = pt.p
var _ = 10 / len("ab")
var _ = func() int { return 1 }
var _ = interface{}(T{})

func main() {}

var _ = &T{p: ptrOf(3)}
var _ = []*int{ptrOf(4), new(int)}

func ptrOf(x int) *int { return &x }
