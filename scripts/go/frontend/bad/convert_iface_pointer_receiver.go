package main

type I interface{ M() }
type T struct{}

func (t *T) M() {}

func main() {
	var t T
	var f func() = I(t).M
	_ = f
}
