package main

import (
	"errors"
	"fmt"
)

type T struct{ n int }

func (t T) String() string {
	if t.n == 0 {
		panic("zero T")
	}
	if t.n == 1 {
		panic(errors.New("one"))
	}
	if t.n == 2 {
		var p *int
		return fmt.Sprint(*p)
	}
	return fmt.Sprint("T", t.n)
}

type E int

func (e E) Error() string { panic(E2(7)) }

type E2 int

func main() {
	fmt.Println(T{0}, T{1}, T{3})
	fmt.Printf("%v|%s|%d\n", T{0}, T{1}, T{2})
	fmt.Println(E(1))
	s := fmt.Sprintf("%x", T{0})
	fmt.Println(s, len(s))
	var tp *T
	fmt.Println(tp)
}
