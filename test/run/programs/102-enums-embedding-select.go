// Stringer enums, methods on slice types, interfaces embedded in structs
// (called directly and through an interface), func-valued maps, recursive
// closures, slices of slices, pointer-to-array indexing, overlapping copy,
// %w wrapping, labelled continue, select on a nil channel, fmt verbs, and a
// program ending with a goroutine still blocked.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string { return [...]string{"Red", "Green", "Blue"}[c] }

type IntList []int

func (l IntList) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}

func (l *IntList) Push(v int) { *l = append(*l, v) }

type Named interface{ Name() string }
type Wrapper struct {
	Named
	extra int
}
type person struct{ n string }

func (p person) Name() string { return p.n }

var ErrNotFound = errors.New("not found")

func lookup(k string) (int, error) {
	if k == "x" {
		return 0, fmt.Errorf("lookup %q: %w", k, ErrNotFound)
	}
	return len(k), nil
}

func main() {
	fmt.Println(Red, Blue, []Color{Green, Blue})
	fmt.Printf("%v %d %T %T\n", Green, Green, Green, IntList{})
	var l IntList
	l.Push(3)
	l.Push(4)
	fmt.Println(l, l.Sum(), len(l))
	w := Wrapper{person{"ann"}, 1}
	fmt.Println(w.Name(), w.extra)
	var nm Named = w
	fmt.Println(nm.Name())

	ops := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
	}
	fmt.Println(ops["add"](3, 4), ops["mul"](3, 4))

	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))

	grid := make([][]string, 3)
	for i := range grid {
		grid[i] = make([]string, 3)
		for j := range grid[i] {
			grid[i][j] = "."
		}
	}
	grid[1][1] = "X"
	for _, row := range grid {
		fmt.Println(strings.Join(row, ""))
	}
	arr := [5]int{1, 2, 3, 4, 5}
	pa := &arr
	pa[2] = 30
	fmt.Println(arr, len(pa), pa[1:3])
	s := []int{1, 2, 3, 4, 5}
	copy(s[1:], s)
	fmt.Println(s)

	anon := struct {
		A int
		B string
	}{1, "b"}
	fmt.Printf("%v %+v %T\n", anon, anon, anon)

	if _, err := lookup("x"); err != nil {
		fmt.Println(err, errors.Is(err, ErrNotFound), errors.Unwrap(err) == ErrNotFound)
	}
	if n, err := lookup("abc"); err == nil {
		fmt.Println("found", n)
	}

outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()

	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	fmt.Println(len(ch), cap(ch))
	var nilch chan int
	select {
	case v := <-nilch:
		fmt.Println("never", v)
	case ch <- 3:
		fmt.Println("sent", len(ch))
	}
	close(ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
	v, ok := <-ch
	fmt.Println(v, ok)

	fmt.Printf("%x %X %q %q %08.3f %-5s| %5.1f%% %c %U\n", "hi", 255, 'x', "a\tb", 3.14159, "ab", 99.5, 'é', 'é')
	fmt.Printf("%5t %v %p\n", true, nil, nil)
	type pt struct{ X, Y int }
	pp := &pt{1, 2}
	fmt.Printf("%v %+v\n", pp, pp)
	blocked := make(chan int)
	go func() { <-blocked }()
	fmt.Println("main exits with a goroutine blocked")
}
