package main

type T struct{ s []int }

func main() {
	a, b := T{}, T{}
	_ = a == b
}
