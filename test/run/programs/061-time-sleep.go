// time.Sleep and time.After order goroutines by their wake-up times (well
// apart (100 ms) so that the order holds on a busy machine); no time is printed.
package main

import (
	"fmt"
	"time"
)

func main() {
	out := make(chan string, 3)
	for _, d := range []int{300, 100, 200} {
		go func(d int) {
			time.Sleep(time.Duration(d) * time.Millisecond)
			out <- fmt.Sprint("slept ", d)
		}(d)
	}
	for i := 0; i < 3; i++ {
		fmt.Println(<-out)
	}
	select {
	case <-time.After(5 * time.Millisecond):
		fmt.Println("timeout")
	case <-make(chan int):
		fmt.Println("impossible")
	}
	t := time.NewTimer(time.Hour)
	fmt.Println(t.Stop())
}
