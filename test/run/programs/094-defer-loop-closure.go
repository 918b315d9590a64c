// Defers inside loops run at function exit, not per iteration; a deferred
// closure over the loop variable sees Go 1.19's single variable; recover in
// a nested function call (not directly deferred) returns nil.
package main

import "fmt"

func helper() interface{} { return recover() }

func indirect() (r interface{}) {
	defer func() {
		r = fmt.Sprint("direct got: ", recover())
	}()
	defer func() {
		fmt.Println("helper got:", helper())
	}()
	panic("p")
}

func main() {
	func() {
		for i := 0; i < 3; i++ {
			defer func() { fmt.Print("closure i=", i, " ") }()
			defer fmt.Print("arg i=", i, " ")
		}
		fmt.Println("loop finished")
	}()
	fmt.Println()
	fmt.Println(indirect())
}
