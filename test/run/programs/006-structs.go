// Structs: literals, field access through values and pointers, copies are
// independent, comparison with ==, anonymous structs, nested structs.
package main

import "fmt"

type Inner struct{ A, B int }
type Outer struct {
	Name string
	In   Inner
	P    *Inner
}

func bump(o Outer) Outer { o.In.A++; return o }
func bumpP(o *Outer)     { o.In.A += 10 }

func main() {
	o := Outer{Name: "o", In: Inner{1, 2}}
	c := o
	c.In.A = 99
	fmt.Println(o, c)
	o2 := bump(o)
	fmt.Println(o.In.A, o2.In.A)
	bumpP(&o)
	fmt.Println(o.In.A)
	o.P = &Inner{5, 6}
	q := o
	q.P.A = 50
	fmt.Println(o.P.A, q.P == o.P)
	fmt.Println(Inner{1, 2} == Inner{1, 2}, Inner{1, 2} == Inner{2, 1})
	anon := struct {
		X int
		Y string
	}{3, "three"}
	fmt.Printf("%v %+v\n", anon, anon)
	var zero Outer
	fmt.Printf("%+v\n", zero)
	pts := []struct{ X, Y int }{{1, 2}, {3, 4}}
	for _, p := range pts {
		p.X = 100
	}
	for i := range pts {
		pts[i].Y *= 10
	}
	fmt.Println(pts)
	type key struct{ a, b int }
	m := map[key]string{{1, 2}: "x"}
	fmt.Println(m[key{1, 2}], m[key{2, 1}] == "")
}
