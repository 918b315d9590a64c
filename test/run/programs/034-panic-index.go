// An unrecovered runtime error: `panic: runtime error: index out of range
// [7] with length 3` plus the goroutine trace; exit status 2.
package main

import "fmt"

func get(s []int, i int) int { return s[i] }

func main() {
	s := []int{1, 2, 3}
	fmt.Println(get(s, 1))
	fmt.Println(get(s, 7))
}
