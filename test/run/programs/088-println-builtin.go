// The builtin print and println write to stderr in the runtime's own format
// (floats in %e form with a sign, no quoting); stdout stays empty of them.
package main

import "fmt"

func main() {
	fmt.Println("stdout line")
	println("int", 42, -7)
	println("float", 1.5, -0.25, 1e100)
	println("bool", true, false)
	print("no", "spaces", 3, "\n")
	var p *int
	println("nil ptr", p == nil)
	println(uint64(1<<63), int8(-128))
	fmt.Println("stdout end")
}
