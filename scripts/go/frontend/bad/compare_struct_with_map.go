package main

type T struct{ m map[int]int }

func main() {
	var a, b T
	_ = a == b
}
