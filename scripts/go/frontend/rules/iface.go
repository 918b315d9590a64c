package main

type I interface{ M() }

type T struct{ x int }

func (T) M() {}

var sink interface{}

func call(i I) { i.M() }

func main() {
	x := 5
	sink = x
	t := T{1}
	call(t)
	var y interface{} = 7
	_ = y
}
