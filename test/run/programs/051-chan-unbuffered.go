// Unbuffered channels: a ping-pong between two goroutines gives a fixed
// interleaving; a done channel waits for a goroutine.
package main

import "fmt"

func main() {
	ping, pong := make(chan int), make(chan int)
	done := make(chan struct{})
	go func() {
		for v := range ping {
			fmt.Println("pong got", v)
			pong <- v * 2
		}
		close(done)
	}()
	for i := 1; i <= 3; i++ {
		ping <- i
		fmt.Println("ping got", <-pong)
	}
	close(ping)
	<-done
	fmt.Println("done")
}
