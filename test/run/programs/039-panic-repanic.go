// A panic recovered and re-raised with a new value, and a panic inside a
// deferred call during panicking: Go prints the chain, first panic first,
// marked [recovered] for the one that was recovered.
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(fmt.Sprintf("again: %v", r))
	}()
	panic("original")
}
