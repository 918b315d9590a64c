// A blank range variable is not a declaration, so it does not count in a go/defer temporary's number.
package main

func q3(out chan int, xs []int) {
	defer close(out)
	for _, n := range xs {
		_ = n
	}
}

func q5(out chan int, xs []int) {
	var _ = len(xs)
	var _, y = 1, 2
	_, z := 3, 4
	_, _ = y, z
	defer close(out)
}

func q6(out chan int, m map[int]int) {
	for k, _ := range m {
		_ = k
	}
	for _ = range m {
	}
	defer close(out)
}

func main() {}
