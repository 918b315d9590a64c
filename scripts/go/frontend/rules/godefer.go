package main

func use(p *int) {}

func main() {
	a := 1
	go use(&a)
	b := 2
	defer use(&b)
	for i := 0; i < 2; i++ {
		c := i
		defer use(&c)
	}
	func() {
		defer func() { _ = recover() }()
		d := 3
		panic(&d)
	}()
}
