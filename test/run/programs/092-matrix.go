// Matrix multiplication on slices of slices and on fixed arrays; results
// printed with %v and formatted rows.
package main

import "fmt"

type Mat [3][3]float64

func mul(a, b Mat) (c Mat) {
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return
}

func mulS(a, b [][]int) [][]int {
	n, m, p := len(a), len(b), len(b[0])
	c := make([][]int, n)
	for i := range c {
		c[i] = make([]int, p)
		for j := 0; j < p; j++ {
			for k := 0; k < m; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func main() {
	id := Mat{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}
	a := Mat{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(mul(a, id) == a, mul(a, a))
	x := [][]int{{1, 2}, {3, 4}, {5, 6}}
	y := [][]int{{7, 8, 9}, {10, 11, 12}}
	for _, row := range mulS(x, y) {
		fmt.Printf("%5d\n", row)
	}
}
