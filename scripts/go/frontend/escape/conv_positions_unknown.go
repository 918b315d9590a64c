// A package without package-level types or variables: before the first
// function body moves it, the compiler has no position, so a := that
// redeclares a result with constants converts them nowhere. Go prints the
// message without a position and its explanation at <unknown line number>;
// later functions start where the one before them ended.
package main

import "fmt"

func first(k int) (e interface{}) {
	e, n := 7, 3
	fmt.Println(n, k)
	return
}

func second(k int) (e interface{}) {
	e, n := 8, k
	e, m := 9, 4
	fmt.Println(n, m)
	return
}

func third() (e interface{}) {
	e, n := 10, 5
	_ = n
	return
}

func main() {
	fmt.Println(first(1), second(2), third())
}
