// A failed type assertion left unrecovered:
// `panic: interface conversion: interface {} is string, not int`.
package main

import "fmt"

func main() {
	var v interface{} = "hello"
	fmt.Println(v.(string))
	n := v.(int)
	fmt.Println(n)
}
