// Stringer and error in fmt: %v uses Error() before String(), pointer
// receivers only apply to pointers, %d bypasses String on ints, wrapped errors
// with %w, errors.Is and errors.As, and custom error types.
package main

import (
	"errors"
	"fmt"
)

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type Pt struct{ X, Y int }

func (p *Pt) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

type Both struct{}

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as stringer" }

var ErrBase = errors.New("base failure")

func find(k string) error {
	if k == "" {
		return fmt.Errorf("find: %w", ErrBase)
	}
	return fmt.Errorf("lookup %q: %w", k, &NotFound{k})
}

func main() {
	fmt.Println(Color(1), []Color{0, 2})
	fmt.Printf("%v %d %s %q\n", Color(2), Color(2), Color(0), Color(1))
	p := Pt{1, 2}
	fmt.Println(p, &p)
	fmt.Println(Both{})
	e1 := find("")
	e2 := find("k")
	fmt.Println(e1)
	fmt.Println(e2)
	fmt.Println(errors.Is(e1, ErrBase), errors.Is(e2, ErrBase))
	var nf *NotFound
	fmt.Println(errors.As(e2, &nf), nf.Key)
	fmt.Println(errors.Unwrap(e1) == ErrBase, errors.Unwrap(ErrBase))
	var err error = &NotFound{"x"}
	fmt.Printf("%v|%s|%T\n", err, err, err)
	fmt.Println(fmt.Errorf("plain %d", 1), errors.New("a") == errors.New("a"))
}
