package main

import "fmt"

func f(s []int, i int) int {
	return s[i]
}

func g(s []int) int {
	x := f(s, 5)
	return x + 1
}

func main() {
	fmt.Println("start")
	s := []int{1, 2, 3}
	fmt.Println(g(s))
}
