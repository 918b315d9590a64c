// Embedding, method values (also through an interface), struct and array
// map keys and comparison, errors.As, three-index slices, variadic interface
// arguments, closures over loop variables, fallthrough, %v/%+v/%#v, runes.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Animal interface {
	Sound() string
}

type Base struct{ Name string }

func (b Base) Describe() string { return "I am " + b.Name }

type Dog struct {
	Base
	Age int
}

func (d *Dog) Sound() string { return d.Name + " says woof" }

type Point struct{ X, Y int }

type Grid [3][3]int

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func find(code int) error {
	if code > 0 {
		return &MyErr{code}
	}
	return nil
}

func variadic(prefix string, xs ...interface{}) string {
	var sb strings.Builder
	sb.WriteString(prefix)
	for i, x := range xs {
		if i > 0 {
			sb.WriteString(",")
		}
		sb.WriteString(fmt.Sprint(x))
	}
	return sb.String()
}

func main() {
	d := &Dog{Base{"rex"}, 3}
	var a Animal = d
	fmt.Println(a.Sound(), d.Describe())
	f := d.Describe
	d.Name = "max"
	fmt.Println(f(), d.Describe())
	g := a.Sound
	fmt.Println(g())

	m := map[Point]string{{1, 2}: "a", {3, 4}: "b"}
	fmt.Println(m[Point{1, 2}], m[Point{3, 4}], len(m))
	keys := make([]Point, 0)
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].X < keys[j].X })
	fmt.Println(keys)

	var gr Grid
	gr[1][2] = 5
	gr2 := gr
	gr2[1][2] = 7
	fmt.Println(gr, gr2, gr == gr2)

	err := find(42)
	var me *MyErr
	if errors.As(err, &me) {
		fmt.Println("as", me.Code)
	}
	fmt.Println(err, find(0) == nil)

	s := []int{0, 1, 2, 3, 4, 5, 6, 7}
	t := s[2:4:5]
	t = append(t, 100)
	t = append(t, 200)
	fmt.Println(s, t, len(t), cap(t))

	fmt.Println(variadic("v:", 1, "two", 3.5, nil, Point{1, 1}, []int{1}))
	words := strings.Fields("  the quick  brown fox ")
	fmt.Println(len(words), strings.Join(words, "_"))
	counts := map[byte]int{}
	for i := 0; i < len("hello"); i++ {
		counts["hello"[i]]++
	}
	fmt.Println(counts)
	var funcs []func() int
	for i := 0; i < 3; i++ {
		j := i
		funcs = append(funcs, func() int { return i*10 + j })
	}
	for _, fn := range funcs {
		fmt.Print(fn(), " ")
	}
	fmt.Println()
	switch x := 5; {
	case x > 3:
		fmt.Println("big")
		fallthrough
	case x > 1:
		fmt.Println("medium")
	default:
		fmt.Println("small")
	}
	type pair struct {
		a int
		b string
	}
	ps := []pair{{1, "x"}, {2, "y"}}
	for i := range ps {
		ps[i].a *= 10
	}
	fmt.Printf("%v %+v %#v\n", ps, ps[0], ps[1])
	r := []rune("héllo")
	r[1] = 'e'
	fmt.Println(string(r), len("héllo"), len(r))
	b := []byte("abc")
	b = append(b, "def"...)
	fmt.Println(string(b), b)
}
