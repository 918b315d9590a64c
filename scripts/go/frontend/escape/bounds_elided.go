// Indexes walk proves in range (an unsigned value of few bits, x & c, x &^ c,
// unsigned x % c, x / c, x >> c) into arrays and constant strings: -m reports
// each elided bounds check after the escape decisions, function by function.
package main

import "fmt"

var counts [256]int

func small(b byte) { counts[b]++ }

func big(data []byte, k uint) int {
	var a [8]int
	for _, b := range data {
		counts[b]++
		a[b%8]++
		a[b&7] += 2
		a[k>>61]++
	}
	s := "abcdefgh"
	return a[k%8] + int(s[k%8])
}

func main() {
	small(3)
	fmt.Println(big([]byte("hello"), 5))
	x := [4]int{}
	i := 7
	x[i%4] = 1
	fmt.Println(x[uint(i)%4])
}
