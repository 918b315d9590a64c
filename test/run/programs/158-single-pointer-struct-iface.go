// A struct or array holding just one pointer, map, chan or func, in an interface:
// fmt prints its fields, errors.As fills it, sort and map keys read it where it lies.

package main

import (
	"errors"
	"fmt"
	"sort"
)

type Pt struct{ p *int }
type Wrap struct{ m map[string]int }
type Arr [1]*string
type Fn struct{ f func() int }
type Ch [1]chan int

func (p Pt) String() string { return fmt.Sprint("Pt->", *p.p) }

type PErr struct{ p *string }

func (e PErr) Error() string { return "PErr:" + *e.p }

func main() {
	x := 42
	s := "hi"
	fmt.Println(Pt{&x}, Wrap{map[string]int{"a": 1}}, *Arr{&s}[0])
	fmt.Printf("%v %+v %s\n", Wrap{map[string]int{"b": 2}}, Wrap{}, Pt{&x})
	var i interface{} = Wrap{map[string]int{"c": 3}}
	fmt.Println(i, i.(Wrap).m["c"])
	fmt.Println(Fn{func() int { return 5 }}.f(), len(Ch{make(chan int, 3)}[0]))
	fmt.Printf("%d\n", []interface{}{Wrap{map[string]int{"z": 26}}})
	msg := "bad"
	var err error = fmt.Errorf("wrapped: %w", PErr{&msg})
	var pe PErr
	fmt.Println(err, errors.As(err, &pe), *pe.p)
	ws := []Wrap{{map[string]int{"k": 2}}, {map[string]int{"k": 1}}}
	sort.Slice(ws, func(i, j int) bool { return ws[i].m["k"] < ws[j].m["k"] })
	fmt.Println(ws)
	m := map[interface{}]string{Pt{&x}: "pt"}
	fmt.Println(m[Pt{&x}], len(m))
}
