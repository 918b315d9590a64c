// Multiple results, named results with bare return, variadic functions
// (with and without spreading a slice), functions as values and parameters.
package main

import "fmt"

func divmod(a, b int) (int, int) { return a / b, a % b }

func minmax(xs ...int) (lo, hi int) {
	if len(xs) == 0 {
		return
	}
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return
}

func join(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func apply(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func variadicAlias(xs ...int) { xs[0] = -1 }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	fmt.Println(minmax())
	fmt.Println(minmax(3, -2, 9, 4))
	nums := []int{5, 1, 8}
	fmt.Println(minmax(nums...))
	fmt.Println(join(", "), join("-", "a"), join("/", "a", "b", "c"))
	fmt.Println(apply(nums, func(x int) int { return x * x }))
	variadicAlias(nums...)
	fmt.Println(nums)
	_, onlyR := divmod(9, 4)
	fmt.Println(onlyR)
	a, b, c := 1, 2, 3
	a, b, c = c, a, b
	fmt.Println(a, b, c)
	fmt.Println(fmt.Sprint(divmod(7, 3)))
}
