// The smallest program: one line on stdout, exit status 0.
package main

import "fmt"

func main() {
	fmt.Println("hello, world")
}
