// Arrays are values: assignment and passing copy them, == compares elements,
// len is constant, [...] literals, multi-dimensional arrays, indexed literals.
package main

import "fmt"

func double(a [4]int) [4]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func main() {
	a := [4]int{1, 2, 3, 4}
	b := a
	b[0] = 100
	fmt.Println(a, b, a == b)
	c := double(a)
	fmt.Println(a, c)
	d := [...]string{2: "two", 5: "five"}
	fmt.Println(len(d), d, d[2])
	var grid [3][3]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)
	g2 := grid
	g2[2][2] = -1
	fmt.Println(grid[2][2], g2[2][2], grid == g2)
	pa := &a
	pa[1] = 42
	fmt.Println(a[1], len(pa))
	for i, v := range pa {
		if i == 0 {
			pa[3] = 99
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 10
		fmt.Print(i, v, " ")
	}
	fmt.Println(arr)
}
