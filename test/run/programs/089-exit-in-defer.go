// os.Exit from a deferred function after recovering: the status is the one
// given (1); later deferred calls do not run.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("outer defer: never printed")
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
			os.Exit(1)
		}
	}()
	var arr []int
	fmt.Println(arr[len(os.Args)])
}
