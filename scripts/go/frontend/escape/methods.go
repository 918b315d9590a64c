// Methods, embedding, interfaces (static and dynamic), type switches.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Shape interface{ Area() int }

type Rect struct{ w, h int }

func (r Rect) Area() int { return r.w * r.h }

type Box struct {
	Rect
	label *string
}

func (b *Box) Label() *string { return b.label }

func area(s Shape) int { return s.Area() }

func kind(v interface{}) string {
	switch x := v.(type) {
	case *int:
		return fmt.Sprint(*x)
	case string:
		return x
	}
	return ""
}

func build(parts []string) string {
	var sb strings.Builder
	for _, p := range parts {
		sb.WriteString(p)
	}
	return sb.String()
}

func fail(msg string) error {
	if msg == "" {
		return nil
	}
	return errors.New(msg)
}

func main() {
	l := "box"
	b := &Box{Rect{2, 3}, &l}
	_ = b.Label()
	_ = area(b.Rect)
	var s Shape = Rect{1, 1}
	_ = s.Area()
	n := 4
	_ = kind(&n)
	_ = build([]string{"a", "b"})
	if err := fail("x"); err != nil {
		fmt.Println(err)
	}
}
