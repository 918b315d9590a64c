// go and defer of calls with operands: the wrapper closures, the .autotmp_N temporaries and their explanations.
package main

import "fmt"

type T struct{ a, b int }

func worker(p *T, c chan *T) { c <- p }

func main() {
	c := make(chan *T, 1)
	x := 5
	go func() { x++ }()
	defer fmt.Println("done", x)
	go worker(&T{1, 2}, c)
	c <- (&T{3, 4})
	defer func(n int) { fmt.Println(n) }(x)
	s := make([]int, 0, 10)
	for i := 0; i < 3; i++ {
		defer fmt.Println(i, s)
	}
	fmt.Println(<-c)
}
