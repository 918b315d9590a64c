// errors.As with interface targets (assigned when the error's dynamic type implements
// the interface), concrete targets, an error's own As method, and Go's panics for bad targets.
package main

import (
	"errors"
	"fmt"
	"io"
	"strconv"
)

type T struct{ n int }

func (T) Error() string   { return "T" }
func (T) Temporary() bool { return true }

type P struct{ msg string }

func (p *P) Error() string { return "P:" + p.msg }

type Temper interface{ Temporary() bool }

type wrap struct{ err error }

func (w wrap) Error() string { return "wrap(" + w.err.Error() + ")" }
func (w wrap) Unwrap() error { return w.err }

type asErr struct{}

func (asErr) Error() string { return "asErr" }
func (asErr) As(target any) bool {
	if p, ok := target.(*P); ok {
		p.msg = "from As"
		return true
	}
	if pp, ok := target.(**P); ok {
		*pp = &P{"ptr from As"}
		return true
	}
	return false
}

type NotErr struct{}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
}

func main() {
	var tmp interface{ Temporary() bool }
	fmt.Println(errors.As(T{1}, &tmp), tmp)
	var tm Temper
	fmt.Println(errors.As(wrap{T{2}}, &tm), tm, tm != nil && tm.Temporary())
	var e error
	fmt.Println(errors.As(wrap{&P{"x"}}, &e), e)
	var st fmt.Stringer
	fmt.Println(errors.As(wrap{T{3}}, &st), st)
	var p *P
	fmt.Println(errors.As(wrap{&P{"y"}}, &p), p)
	fmt.Println(errors.As(asErr{}, &p), p)
	var t T
	fmt.Println(errors.As(wrap{wrap{T{4}}}, &t), t)
	var any1 interface{}
	fmt.Println(errors.As(T{5}, &any1), any1)
	var ne *strconv.NumError
	_, err := strconv.Atoi("z")
	fmt.Println(errors.As(fmt.Errorf("w: %w", err), &ne), ne.Func, ne.Num)
	fmt.Println(errors.As(io.EOF, &tm), errors.As(nil, &tm))
	try("nil", func() { errors.As(T{}, nil) })
	try("nonptr", func() { errors.As(T{}, T{}) })
	try("nilptr", func() { errors.As(T{}, (*T)(nil)) })
	try("noterr", func() { var n NotErr; errors.As(T{}, &n) })
	try("noterr2", func() { var n int; errors.As(T{}, &n) })
	try("Pval", func() { var n P; errors.As(T{}, &n) })
}
