// Writing to a nil map: `panic: assignment to entry in nil map`.
package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m["x"], len(m))
	m["x"] = 1
}
