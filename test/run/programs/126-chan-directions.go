// Channel directions are part of a channel's type: assertions, type switches,
// map keys and %T tell chan int, chan<- int and <-chan int apart.

package main

import "fmt"

func main() {
	var x interface{} = make(chan<- int)
	_, ok := x.(chan int)
	fmt.Println(ok)
	fmt.Printf("%T\n", x)
	var y interface{} = make(chan int)
	switch y.(type) {
	case <-chan int:
		fmt.Println("recv")
	case chan int:
		fmt.Println("both")
	}
	m := map[interface{}]int{}
	m[(chan int)(nil)] = 1
	m[(<-chan int)(nil)] = 2
	fmt.Println(len(m))
	var cc chan (<-chan int)
	var sc chan<- <-chan int
	var rc <-chan chan<- int
	fmt.Printf("%T %T %T\n", cc, sc, rc)
	var arr interface{} = [2]chan<- int{}
	defer func() { fmt.Println(recover()) }()
	_ = arr.([2]chan int)
}
