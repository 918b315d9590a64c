// Each failing statement reports its error and checking goes on with the next one.
package main

import (
	"fmt"
	"strings"
)

type T struct{ a int }

func g(t T) string {
	return t.b
}

func main() {
	n := 3
	if n > "x" {
		fmt.Println(strings.ToUpper("a"))
	}
	for i := range 10 {
		fmt.Println(i)
	}
	f := func() int {
		k := 1
		return "no"
	}
	s := []int{1, 2}
	s.Push(3)
	var u undefinedType
	fmt.Println(u, f)
	m := map[string]int{}
	m[1] = 2
}
