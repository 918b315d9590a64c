package main

func byValue() func() int {
	x := 1
	return func() int { return x }
}

func byRef() func() int {
	y := 1
	return func() int { y++; return y }
}

func called() int {
	z := 1
	return func() int { return z }()
}

func main() {
	_ = byValue()()
	_ = byRef()()
	_ = called()
}
