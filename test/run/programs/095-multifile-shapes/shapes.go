// The shape types of the multi-file program.
package main

import "math"

type Shape interface{ Area() float64 }

type Square struct{ Side float64 }
type Circle struct{ R float64 }

func (s Square) Area() float64 { return s.Side * s.Side }
func (c Circle) Area() float64 { return math.Pi * c.R * c.R }
