// A package-level variable whose initialiser failed keeps its declared type.
package main

import "fmt"

var total int = "zero"
var names []string = []int{1}

func main() {
	total = total + 1
	var s string = total
	names = append(names, 5)
	fmt.Println(s, names)
}
