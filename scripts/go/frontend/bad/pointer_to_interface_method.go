package main

type I interface{ M() }

func f(p *I) {
	p.M()
}

func main() {}
