// The three escape facts of GO-FACTS.md.
package main

func f(x int) *int { return &x }

func g(p *int) *int { return p }

func main() {
	s := make([]int, 100000)
	_ = s
	_ = f(1)
	_ = g(nil)
}
