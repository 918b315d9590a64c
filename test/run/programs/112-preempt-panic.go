// A goroutine that panics while main is preempted in a spinning loop ends the
// program: main's deferred recover does not see another goroutine's panic.
package main

import (
	"fmt"
	"time"
)

var stop bool

func spin() {
	defer func() {
		fmt.Println("recovered?", recover())
	}()
	for !stop {
	}
}

func main() {
	go func() {
		time.Sleep(time.Millisecond)
		panic("boom in a goroutine")
	}()
	spin()
	fmt.Println("unreachable")
}
