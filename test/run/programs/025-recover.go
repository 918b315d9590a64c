// panic and recover: recover returns the panic value in a deferred call,
// the function returns normally with its named results, recover outside a
// panic is nil, a re-panic replaces the value, and deferred calls of outer
// frames still run.
package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func try(f func()) (v interface{}) {
	defer func() { v = recover() }()
	f()
	return "no panic"
}

func nested() {
	defer fmt.Println("nested: outer defer runs")
	defer func() {
		r := recover()
		fmt.Println("nested: recovered", r)
		panic(fmt.Sprint("re-panic of ", r))
	}()
	panic("first")
}

func main() {
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	fmt.Println(try(func() {}))
	fmt.Println(try(func() { panic(42) }))
	fmt.Println(try(func() { panic(errors.New("an error")) }))
	fmt.Println(try(nested))
	fmt.Println(recover())
	r := try(func() {
		defer func() {
			fmt.Println("inner recover:", recover())
		}()
		panic("inner")
	})
	fmt.Println("after:", r)
	v := try(func() {
		defer func() { panic("second") }()
		panic("first")
	})
	fmt.Println(v)
}
