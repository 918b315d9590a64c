package main

func id(p *int) *int { return p }

func load(pp **int) *int { return *pp }

func both(p *int) (a, b *int) { return p, p }

func main() {
	x := 1
	p := &x
	_ = id(p)
	_ = load(&p)
	_, _ = both(p)
}
