// os.Exit(3): the status is 3 and deferred calls do not run; buffered
// output already written stays written.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("never printed")
	fmt.Println("exiting with 3")
	fmt.Fprintln(os.Stderr, "to stderr before exit")
	os.Exit(3)
}
