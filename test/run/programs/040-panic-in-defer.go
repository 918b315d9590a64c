// A second panic raised by a deferred call while the first is unwinding
// (no recover): both are printed, the first one first.
package main

import "fmt"

func main() {
	defer func() {
		panic("second")
	}()
	fmt.Println("body")
	panic("first")
}
