package main

import "fmt"

func down(n int) int {
	if n == 0 {
		panic(fmt.Sprint("bottom of ", n))
	}
	return down(n-1) + 1
}

func main() {
	fmt.Println(down(150))
}
