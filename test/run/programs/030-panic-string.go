// An unrecovered panic with a string: deferred calls run first (their output
// appears), then `panic: boom` on stderr and exit status 2.
package main

import "fmt"

func main() {
	defer fmt.Println("deferred before crash")
	fmt.Println("start")
	panic("boom")
}
