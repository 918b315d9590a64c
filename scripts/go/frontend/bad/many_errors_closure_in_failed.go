// A function literal in a statement that failed before reaching it is still checked, as types2 checks every literal.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(undefinedZ, func() {
		y := strings.ToUpper(1)
	})
	undefinedF(func() int {
		return "s"
	})
}
