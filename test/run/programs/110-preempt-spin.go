// A goroutine that never blocks no longer starves the others: main spins in a
// plain function until a sleeping goroutine sets the flag, then a goroutine
// spinning forever is abandoned when main returns.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
	"time"
)

var done int32

func spin() {
	for atomic.LoadInt32(&done) == 0 {
	}
}

func forever(n *int64) {
	for {
		atomic.AddInt64(n, 1)
	}
}

func main() {
	go func() {
		time.Sleep(time.Millisecond)
		atomic.StoreInt32(&done, 1)
	}()
	spin()
	fmt.Println("main saw the flag")
	var n int64
	go forever(&n)
	time.Sleep(2 * time.Millisecond)
	fmt.Println("main woke, goroutines:", runtime.NumGoroutine(), "spinner ran:", atomic.LoadInt64(&n) > 0)
	defer fmt.Println("main's deferred call runs")
}
