package main

type T struct{}

func main() {
	t := T{}
	t = 5
}
