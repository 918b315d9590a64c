// A deadlock through sync.WaitGroup: the counter never reaches zero and no
// goroutine can run.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		fmt.Println("one worker done")
	}()
	wg.Wait()
}
