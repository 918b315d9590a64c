// Runtime errors recovered and printed: index out of range, slice bounds,
// nil map write, nil pointer dereference, integer divide by zero, failed type
// assertions (concrete and interface targets), closed channel ops, and the
// runtime.Error interface.
package main

import (
	"fmt"
	"runtime"
)

type I interface{ M() }
type T struct{ x int }

func catch(name string, f func()) {
	defer func() {
		r := recover()
		_, isRE := r.(runtime.Error)
		fmt.Printf("%s: %v (runtime.Error=%v)\n", name, r, isRE)
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	i := 5
	catch("index", func() { _ = s[i] })
	catch("negative", func() { j := -1; _ = s[j+0*i] })
	catch("slice", func() { _ = s[1:i] })
	catch("slice2", func() { k := 2; _ = s[i-2 : k] })
	catch("string index", func() { str := "abc"; _ = str[i] })
	var arr [4]int
	catch("array", func() { arr[i] = 1 })
	catch("nil map", func() { var m map[string]int; m["a"] = 1 })
	catch("nil deref", func() { var p *T; fmt.Println(p.x) })
	catch("nil func", func() { var f func(); f() })
	catch("div", func() { z := 0; fmt.Println(10 / z) })
	catch("mod", func() { z := 0; fmt.Println(10 % z) })
	var e interface{} = "str"
	catch("assert", func() { _ = e.(int) })
	catch("assert iface", func() { _ = e.(I) })
	var ni interface{}
	catch("assert nil", func() { _ = ni.(int) })
	var iv I
	catch("nil iface call", func() { iv.M() })
	catch("close nil", func() { var c chan int; close(c) })
	catch("close twice", func() { c := make(chan int); close(c); close(c) })
	catch("send closed", func() { c := make(chan int, 1); close(c); c <- 1 })
	catch("make neg", func() { n := -1; _ = make([]int, n) })
	catch("custom", func() { panic(fmt.Errorf("custom %d", 7)) })
}
