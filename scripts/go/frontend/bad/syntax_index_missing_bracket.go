// An index left open: Go expects a comma, : or ], not just the :.
package main

func main() {
	a := []int{1}
	a[0 = 1
	println(a[0])
}
