package main

var n = 3

func main() {
	var a [n]int
	_ = a
}
