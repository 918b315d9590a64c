package main

var g *int

func store(p *int) { g = p }

func storeContent(pp **int) { g = *pp }

func main() {
	x, y := 1, 2
	store(&x)
	p := &y
	storeContent(&p)
}
