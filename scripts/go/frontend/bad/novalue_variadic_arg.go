// A call of a function with no result passed to a variadic function is no value used as value.
package main

import "fmt"

func f(a int, b string) {}

func main() {
	fmt.Println(f(1, "c"))
}
