package main

import "fmt"

func down(n int) int {
	if n == 0 {
		var p *int
		return *p
	}
	return down(n-1) + 1
}

func main() {
	fmt.Println(down(150))
}
