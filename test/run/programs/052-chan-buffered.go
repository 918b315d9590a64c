// Buffered channels: len and cap, sends not blocking until full, FIFO order,
// receiving from a closed channel drains then yields zero values with ok=false.
package main

import "fmt"

func main() {
	ch := make(chan string, 3)
	ch <- "a"
	ch <- "b"
	fmt.Println(len(ch), cap(ch))
	ch <- "c"
	fmt.Println(<-ch, len(ch))
	close(ch)
	for i := 0; i < 3; i++ {
		v, ok := <-ch
		fmt.Printf("%q %v\n", v, ok)
	}
	nums := make(chan int, 10)
	for i := 0; i < 10; i++ {
		nums <- i * i
	}
	close(nums)
	sum := 0
	for v := range nums {
		sum += v
	}
	fmt.Println(sum)
	var nilch chan int
	fmt.Println(len(nilch), cap(nilch))
}
