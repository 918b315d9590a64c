// Deep but finite recursion: 1,000,000 frames grow the stack well past its
// initial 8 KiB and come back.
package main

import "fmt"

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func sum(xs []int) int {
	if len(xs) == 0 {
		return 0
	}
	return xs[0] + sum(xs[1:])
}

func ack(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ack(m-1, 1)
	}
	return ack(m-1, ack(m, n-1))
}

func main() {
	fmt.Println(depth(1000000))
	xs := make([]int, 100000)
	for i := range xs {
		xs[i] = i
	}
	fmt.Println(sum(xs))
	fmt.Println(ack(2, 3), ack(3, 5))
}
