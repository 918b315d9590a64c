// fmt, errors and sort reading structs and arrays an interface holds directly:
// %v/%+v/%#v/%T, Stringer and error methods, errors.As/Is, what printing allocates.
// gomem-env: GOGC=off

package main

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"sort"
)

var ms runtime.MemStats

type T struct{ n int }

type Pt struct{ p *T }
type Named struct{ Inner Pt }
type Arr [1]*T
type M struct{ m map[string]int }
type F struct{ f func() }
type C struct{ c chan int }

type S struct{ p *T }

func (s S) String() string { return fmt.Sprint("S(", s.p.n, ")") }

type PS struct{ p *T }

func (s *PS) String() string { return "PS" }

type NotFound struct{ name *string }

func (e NotFound) Error() string { return "not found: " + *e.name }

type PtrErr struct{ code *int }

func (e *PtrErr) Error() string { return fmt.Sprint("code ", *e.code) }

type IsErr struct{ key *string }

func (e IsErr) Error() string        { return "is " + *e.key }
func (e IsErr) Is(target error) bool { t, ok := target.(IsErr); return ok && *t.key == *e.key }

func measure(name string, f func()) {
	runtime.ReadMemStats(&ms)
	a, b := ms.Mallocs, ms.TotalAlloc
	f()
	runtime.ReadMemStats(&ms)
	fmt.Println(name, ms.Mallocs-a, ms.TotalAlloc-b)
}

func main() {
	t := &T{5}
	var nilT *T
	fmt.Printf("%v %+v\n", Pt{nilT}, Pt{nilT})
	fmt.Printf("%#v\n", Pt{nilT})
	fmt.Printf("%v %+v %#v\n", Named{Pt{nilT}}, Arr{nilT}, Arr{nilT})
	fmt.Printf("%v %+v %#v\n", M{map[string]int{"a": 1}}, M{map[string]int{"b": 2}}, M{map[string]int{"c": 3}})
	fmt.Printf("%v %#v\n", M{}, struct{ m map[string]int }{map[string]int{"x": 1}})
	fmt.Printf("%T %T %T %T %T\n", Pt{}, Arr{}, M{}, F{}, struct{ c chan int }{})
	fmt.Println(F{nil}.f == nil, C{}.c == nil, fmt.Sprint(F{nil}) == fmt.Sprint(struct{ f func() }{}))
	fmt.Printf("%v|%s\n", S{t}, []S{{t}, {&T{6}}})
	fmt.Printf("%v %v\n", []Arr{{t}}[0][0].n, map[string]S{"a": {t}})
	fmt.Println(S{t}, &PS{t}, []interface{}{S{t}, Arr{nilT}, M{map[string]int{"z": 26}}})
	fmt.Printf("%x %q\n", M{map[string]int{"k": 255}}, []S{{t}})
	fmt.Printf("%v %v\n", map[Pt]int{{nilT}: 1}, map[interface{}]int{Pt{nilT}: 2})

	name := "cfg"
	var err error = fmt.Errorf("open: %w", NotFound{&name})
	var nf NotFound
	fmt.Println(err, errors.As(err, &nf), *nf.name, nf == NotFound{&name})
	code := 7
	err = fmt.Errorf("wrap: %w", &PtrErr{&code})
	var pe *PtrErr
	fmt.Println(errors.As(err, &pe), *pe.code, errors.As(err, &nf))
	k1, k2 := "a", "a"
	err = fmt.Errorf("x: %w", IsErr{&k1})
	fmt.Println(errors.Is(err, IsErr{&k2}), errors.Is(err, NotFound{&name}), errors.Is(NotFound{&name}, NotFound{&name}))
	var target interface{ Error() string }
	fmt.Println(errors.As(fmt.Errorf("y: %w", NotFound{&name}), &target), target)

	ts := []interface{}{S{&T{3}}, S{&T{1}}, S{&T{2}}}
	sort.Slice(ts, func(i, j int) bool { return ts[i].(S).p.n < ts[j].(S).p.n })
	fmt.Println(ts)
	arrs := []Arr{{&T{9}}, {&T{4}}, {&T{6}}}
	sort.Slice(arrs, func(i, j int) bool { return arrs[i][0].n < arrs[j][0].n })
	fmt.Println(arrs[0][0].n, arrs[1][0].n, arrs[2][0].n)

	ss := []S{{t}, {t}, {t}}
	bs := []struct{ a, b *T }{{t, t}, {t, t}, {t, t}}
	measure("Sprint(S)", func() { _ = fmt.Sprint(S{t}) })
	measure("Sprint([]S)", func() { _ = fmt.Sprint(ss) })
	measure("Sprint([]two)", func() { _ = fmt.Sprintf("%v", len(fmt.Sprint(bs)) > 0) })
	measure("Sprint(M)", func() { _ = fmt.Sprint(M{map[string]int{"a": 1}}) })
	measure("errors.As", func() { _ = errors.As(err, &nf) })
	fmt.Fprintln(os.Stderr, "done")
	panic(Pt{nilT})
}
