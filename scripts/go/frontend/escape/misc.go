// Enumerations, embedded interfaces, variadic functions, type switches, closures in loops, arrays of structs.
package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "red"
	case Green:
		return "green"
	}
	return "blue"
}

type Reader interface{ Read(p []byte) (int, error) }
type Closer interface{ Close() error }
type ReadCloser interface {
	Reader
	Closer
}

type file struct{ name string; pos int }

func (f *file) Read(p []byte) (int, error) { f.pos += len(p); return len(p), nil }
func (f *file) Close() error                { return nil }

func open(name string) ReadCloser { return &file{name: name} }

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func keep(ps ...*int) []*int { return ps }

func describe(v interface{}) string {
	switch x := v.(type) {
	case int, int64:
		return fmt.Sprint("int ", x)
	case fmt.Stringer:
		return x.String()
	case nil:
		return "nil"
	default:
		return "?"
	}
}

func adders() []func() int {
	var fs []func() int
	for i := 0; i < 3; i++ {
		i := i
		fs = append(fs, func() int { return i })
	}
	return fs
}

func counter(start int) func() int {
	return func() int { start++; return start }
}

type Point struct{ X, Y int }

func grid() [3][3]Point {
	var g [3][3]Point
	for i := range g {
		for j := range g[i] {
			g[i][j] = Point{i, j}
		}
	}
	return g
}

func main() {
	rc := open("x")
	buf := make([]byte, 8)
	n, _ := rc.Read(buf)
	_ = rc.Close()
	ops := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
	}
	a, b := 1, 2
	ptrs := keep(&a, &b)
	s := []int{1, 2, 3, 4, 5}
	t := s[1:3:4]
	u := make([]int, len(t))
	copy(u, t)
	anon := struct {
		name string
		age  int
	}{"x", 3}
	var runes []rune
	for _, r := range "héllo" {
		runes = append(runes, r)
	}
	f := Color.String
	g := grid()
	pt := &g[1][1]
	x1, x2 := adders()[1](), counter(5)()
	fmt.Println(n, ops["add"](1, 2), sum(1, 2, 3), sum(s...), len(ptrs), describe(Blue), describe(7),
		x1, x2, u, anon.name, string(runes), f(Green), pt.X)
}
