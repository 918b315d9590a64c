// os.Exit in a goroutine that runs while main spins: the process exits with its
// status at once, main's deferred calls do not run.
package main

import (
	"fmt"
	"os"
)

var n int

func main() {
	defer fmt.Println("deferred: must not print")
	go func() {
		fmt.Println("goroutine exits")
		os.Exit(3)
	}()
	for {
		n++
	}
}
