package main

func main() {
	var i interface{ M() }
	i = 5
	_ = i
}
