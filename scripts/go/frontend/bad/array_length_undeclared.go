package main

func main() {
	var a [m]int
	_ = a
}
