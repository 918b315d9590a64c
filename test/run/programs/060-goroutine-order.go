// With GOMAXPROCS=1 and explicit synchronisation, output order follows the
// channel handoffs: a token ring passes a counter through 5 goroutines.
package main

import "fmt"

func main() {
	const n = 5
	chans := make([]chan int, n+1)
	for i := range chans {
		chans[i] = make(chan int)
	}
	for i := 0; i < n; i++ {
		go func(i int) {
			for v := range chans[i] {
				fmt.Printf("g%d:%d ", i, v)
				chans[i+1] <- v + 1
			}
			close(chans[i+1])
		}(i)
	}
	for round := 0; round < 3; round++ {
		chans[0] <- round * 10
		fmt.Println("=>", <-chans[n])
	}
	close(chans[0])
	_, ok := <-chans[n]
	fmt.Println(ok)
}
