package main

type T struct{ s []int }

func main() {
	var i interface{} = 1
	_ = i == T{}
}
