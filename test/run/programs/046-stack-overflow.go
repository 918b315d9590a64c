// Infinite recursion: the goroutine's stack passes the 1 GB maximum; Go
// prints `runtime: goroutine stack exceeds 1000000000-byte limit` first, then
// `fatal error: stack overflow`, and exits with status 2.
package main

import "fmt"

func f(n int) int {
	var pad [16]int
	pad[n%16] = n
	return f(n+1) + pad[0]
}

func main() {
	fmt.Println("recursing")
	fmt.Println(f(0))
}
