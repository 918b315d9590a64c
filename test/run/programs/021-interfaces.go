// Interfaces: dynamic dispatch, nil interface vs interface holding a nil
// pointer, comparison of interface values, the empty interface, embedding of
// interfaces, and %v/%T of interface values.
package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64         { return r.W * r.H }
func (r Rect) Perimeter() float64    { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

type Named interface{ Name() string }
type NamedShape interface {
	Shape
	Named
}

type Sq struct{ Rect }

func (Sq) Name() string { return "square" }

func main() {
	shapes := []Shape{Rect{3, 4}, &Circle{1}, Sq{Rect{2, 2}}}
	total := 0.0
	for _, s := range shapes {
		fmt.Printf("%T %.3f %.3f\n", s, s.Area(), s.Perimeter())
		total += s.Area()
	}
	fmt.Printf("%.4f\n", total)
	var ns NamedShape = Sq{Rect{1, 1}}
	fmt.Println(ns.Name(), ns.Area())
	var s Shape
	fmt.Println(s == nil)
	var cp *Circle
	s = cp
	fmt.Println(s == nil, s != nil)
	var a, b interface{} = 1, 1
	fmt.Println(a == b, a == interface{}(int64(1)), interface{}("x") == "x")
	var e interface{}
	fmt.Println(e, e == nil)
	e = []int{1}
	fmt.Printf("%v %T\n", e, e)
	e = Rect{1, 2}
	fmt.Println(e == Rect{1, 2})
	vals := []interface{}{1, "s", 2.5, true, nil, 'r', []byte("b"), map[string]int{"k": 1}, struct{}{}}
	for _, v := range vals {
		fmt.Printf("%v:%T ", v, v)
	}
	fmt.Println()
}
