package main

import "fmt"

func h() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic(r)
	}()
	inner(3)
}

func inner(n int) {
	if n == 0 {
		panic("first")
	}
	inner(n - 1)
}

func main() {
	h()
}
