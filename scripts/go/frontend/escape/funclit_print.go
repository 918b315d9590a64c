package main

import "fmt"

type P struct{ x int }

func apply(f func() int) int { return f() }

func main() {
	fmt.Println(func() P { return P{1} }())
	fmt.Println(func() *P { return &P{2} }().x)
	fmt.Println(apply(func() int { return 3 }))
	f := func() int { return 4 }
	fmt.Println(f(), []func() int{func() int { return 5 }}[0]())
	defer func() { fmt.Println(recover()) }()
	go func(x int) {}(1)
	var g interface{} = func() {}
	fmt.Println(g != nil, func() int { return 6 }() + 1)
}
