// Structs and arrays held directly in interfaces: type switches, comparisons,
// value and pointer methods called through interfaces, method values and expressions.

package main

import (
	"fmt"
	"runtime"
)

type T struct{ n int }

type Pt struct{ p *T }

func (p Pt) Get() int     { return p.p.n }
func (p Pt) Name() string { return fmt.Sprint("Pt", p.p.n) }

type PP struct{ p *T }

func (p *PP) Get() int     { return p.p.n * 10 }
func (p *PP) Name() string { return "PP" }

type Arr [1]*T

func (a Arr) Get() int     { return a[0].n + 100 }
func (a Arr) Name() string { return "Arr" }

type Inner struct{ t *T }

func (i Inner) Get() int     { return i.t.n + 1000 }
func (i Inner) Name() string { return "Inner" }

// Outer has Inner's methods, promoted through its one field.
type Outer struct{ Inner }

// Emb has *T's methods through its one embedded pointer.
type Emb struct{ *T }

func (t *T) Get() int     { return t.n + 5000 }
func (t *T) Name() string { return "T" }

type F struct{ f func() int }

func (f F) Get() int     { return f.f() }
func (f F) Name() string { return "F" }

type M struct{ m map[string]int }

func (m M) Get() int     { return m.m["k"] }
func (m M) Name() string { return "M" }
func (m M) Set(v int)    { m.m["k"] = v }

type Getter interface {
	Get() int
	Name() string
}

func describe(i interface{}) string {
	switch v := i.(type) {
	case Pt:
		return fmt.Sprint("Pt ", v.p.n)
	case Arr:
		return fmt.Sprint("Arr ", v[0].n)
	case Outer:
		return fmt.Sprint("Outer ", v.t.n)
	case [1]*T:
		return fmt.Sprint("[1]*T ", v[0].n)
	case struct{ p *T }:
		return fmt.Sprint("struct ", v.p.n)
	case M:
		return fmt.Sprint("M ", v.m["k"])
	case Getter:
		return "Getter " + v.Name()
	case nil:
		return "nil"
	}
	return "other"
}

func main() {
	t1, t2 := &T{1}, &T{2}
	gs := []Getter{Pt{t1}, &PP{t2}, Arr{t1}, Outer{Inner{t2}}, Emb{t1}, F{func() int { return 42 }}, M{map[string]int{"k": 9}}, Inner{t1}}
	runtime.GC()
	for _, g := range gs {
		fmt.Println(g.Name(), g.Get())
	}
	// Method values bind the receiver, through the interface and directly.
	var fs []func() int
	for _, g := range gs {
		fs = append(fs, g.Get)
	}
	pt := Pt{t2}
	fs = append(fs, pt.Get, Arr{t2}.Get, Outer{Inner{t1}}.Get, Emb{t2}.Get)
	pt.p = t1
	runtime.GC()
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	fmt.Println(Pt.Get(Pt{t1}), (*PP).Get(&PP{t1}), Arr.Get(Arr{t2}), Getter.Get(Outer{Inner{t1}}), Outer.Name(Outer{}))
	// Through a map stored directly: the method writes through the shared map.
	var g Getter = M{map[string]int{"k": 1}}
	g.(M).Set(3)
	fmt.Println(g.Get())

	for _, i := range []interface{}{Pt{t1}, Arr{t2}, Outer{Inner{t1}}, [1]*T{t2}, struct{ p *T }{t1}, M{map[string]int{"k": 4}}, Emb{t1}, nil, 3} {
		fmt.Println(describe(i))
	}

	// == on interfaces holding them compares the pointer.
	var a, b interface{} = Pt{t1}, Pt{t1}
	var c interface{} = Pt{t2}
	var d interface{} = Arr{t1}
	fmt.Println(a == b, a == c, a == d, a == Pt{t1}, d == Arr{t1}, d != Arr{t2}, c == interface{}(Pt{nil}))
	var n1, n2 interface{} = Pt{}, Arr{}
	fmt.Println(n1 == Pt{nil}, n2 == Arr{}, n1 == n2)
	var ga, gb Getter = Outer{Inner{t1}}, Outer{Inner{t1}}
	fmt.Println(ga == gb, ga == Getter(Outer{Inner{t2}}))
	set := map[interface{}]int{Pt{t1}: 1, Arr{t1}: 2, Outer{Inner{t1}}: 3}
	set[Pt{t1}] += 10
	fmt.Println(len(set), set[Pt{t1}], set[Arr{t1}], set[Outer{Inner{t1}}], set[Pt{t2}])

	// Comma-ok assertions, failing and succeeding.
	v, ok := a.(Pt)
	w, ok2 := a.(Arr)
	x, ok3 := d.(Arr)
	fmt.Println(v.p.n, ok, w[0] == nil, ok2, x[0].n, ok3)

	// A comparison of uncomparable dynamic types panics.
	defer func() { fmt.Println("recovered:", recover()) }()
	var f1, f2 interface{} = F{nil}, F{nil}
	fmt.Println(f1 == f2)
}
