package main

type I interface{ M() }
type T struct{}

func main() {
	var x interface{} = 1
	_ = x.(I)
	var i I
	_ = i.(T)
}
