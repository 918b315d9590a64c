package main

func apply(f func(*int), p *int) { f(p) }

func main() {
	x := 1
	apply(func(q *int) {}, &x)
}
