package main

func f(a ...int) {}
func g(a []int) {}

func main() {
	s := []int{1}
	g(s...)
	f(s...)
}
