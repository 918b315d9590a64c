// A local constant declared by a conversion (const d = int8(1)) compiles:
// its declaration is checked as a copy and generates no code.
package main

import "fmt"

func main() {
	const d = int8(1)
	const e, g = uint(3), float32(0.5)
	const h = len("abc")
	fmt.Println(d, e, g, h)
}
