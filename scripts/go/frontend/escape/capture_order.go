// A closure first uses a variable where the compiler first builds it: an assignment's values before its destinations, a range's variables before its operand.
package main

func fib() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func f1() func() int {
	a, b := 0, 1
	return func() int {
		a, b = b, a
		return a
	}
}

func f2() func() int {
	b := 1
	return func() int {
		b = b + 1
		return b
	}
}

func f3() func() int {
	a, b := 0, 1
	return func() int {
		b += a
		a++
		return b
	}
}

func f4() func() int {
	var k, v int
	xs := []int{1}
	return func() int {
		for k, v = range xs {
			xs = nil
		}
		return k + v
	}
}

func f5() func() int {
	a, b := 1, 2
	var m map[int]int
	return func() int {
		m[a], b = b, a
		a = 3
		return 0
	}
}

func main() {}
