package main

import "fmt"

func main() {
	s := []int{1}
	fmt.Println(len(s))
	func(x int) {}(s...)
}
