// A panic in a goroutine other than main kills the whole program with
// status 2, even though main is waiting.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		fmt.Println("worker starting")
		var s []int
		_ = s[3]
	}()
	wg.Wait()
	fmt.Println("unreachable")
}
