// A recovered runtime error has Go's dynamic type: runtime.boundsError,
// runtime.errorString, runtime.plainError or *runtime.TypeAssertionError.

package main

import (
	"errors"
	"fmt"
	"runtime"
)

func try(f func()) {
	defer func() {
		r := recover()
		_, isRE := r.(runtime.Error)
		_, isErr := r.(error)
		fmt.Printf("%T %v %v %v\n", r, isRE, isErr, r)
	}()
	f()
}

func main() {
	var a []int
	i := 3
	var p *int
	var m map[string]int
	var x interface{} = "s"
	z := 0
	c := make(chan int)
	close(c)
	try(func() { _ = a[i] })
	try(func() { _ = a[1:i] })
	try(func() { _ = *p })
	try(func() { _ = 1 / z })
	try(func() { m["a"] = 1 })
	try(func() { _ = x.(int) })
	try(func() { close(c) })
	try(func() { c <- 1 })
	try(func() { _ = (*[2]int)(a) })
	try(func() { panic(errors.New("plain")) })
	var re runtime.Error
	fmt.Println(errors.As(fmt.Errorf("w: %w", errors.New("x")), &re))
}
