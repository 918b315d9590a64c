// runtime.NumGoroutine: 1 at start, counts parked goroutines, and drops
// back once they have exited (waited for by a channel, then Gosched).
package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println(runtime.NumGoroutine())
	release := make(chan struct{})
	exited := make(chan struct{})
	for i := 0; i < 10; i++ {
		go func() {
			<-release
			exited <- struct{}{}
		}()
	}
	runtime.Gosched()
	fmt.Println(runtime.NumGoroutine())
	close(release)
	for i := 0; i < 10; i++ {
		<-exited
	}
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println(runtime.NumGoroutine())
}
