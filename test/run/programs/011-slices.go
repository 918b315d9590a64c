// Slices: sharing a backing array, reslicing within capacity, full slice
// expressions limiting cap, nil vs empty slices, slices of slices.
package main

import "fmt"

func main() {
	a := []int{0, 1, 2, 3, 4, 5, 6, 7}
	s := a[2:5]
	fmt.Println(s, len(s), cap(s))
	s[0] = 20
	fmt.Println(a)
	s = s[:cap(s)]
	fmt.Println(s, len(s))
	t := a[2:4:5]
	fmt.Println(t, len(t), cap(t))
	t = append(t, 40)
	fmt.Println(a[4], t)
	t = append(t, 50)
	t[0] = -1
	fmt.Println(a[2], t)
	var n []int
	e := []int{}
	fmt.Println(n == nil, e == nil, len(n), cap(n), n, e)
	fmt.Printf("%#v %#v\n", n, e)
	m := make([]int, 3, 10)
	fmt.Println(m, len(m), cap(m))
	grid := make([][]string, 2)
	for i := range grid {
		grid[i] = make([]string, 3)
		for j := range grid[i] {
			grid[i][j] = fmt.Sprint(i, j)
		}
	}
	fmt.Println(grid)
	arr := [5]int{1, 2, 3, 4, 5}
	sl := arr[1:3]
	sl = append(sl, 99)
	fmt.Println(arr)
	fmt.Println(a[len(a):], a[:0], len(a[:0]))
}
