// select: default when nothing is ready, a ready case chosen over default,
// a nil channel case never chosen, and a loop draining two channels until
// both are closed (counting, not order).
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	select {
	case v := <-ch:
		fmt.Println("got", v)
	default:
		fmt.Println("empty, default")
	}
	ch <- 7
	select {
	case v := <-ch:
		fmt.Println("got", v)
	default:
		fmt.Println("default")
	}
	ch <- 1
	select {
	case ch <- 2:
		fmt.Println("sent")
	default:
		fmt.Println("full, default")
	}
	var nilc chan int
	select {
	case <-nilc:
		fmt.Println("impossible")
	case v := <-ch:
		fmt.Println("from ch", v)
	}
	a, b := make(chan int), make(chan int)
	go func() {
		for i := 0; i < 5; i++ {
			a <- i
		}
		close(a)
	}()
	go func() {
		for i := 0; i < 3; i++ {
			b <- 100 + i
		}
		close(b)
	}()
	sumA, sumB, n := 0, 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sumA += v
			n++
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sumB += v
			n++
		}
	}
	fmt.Println(sumA, sumB, n)
}
