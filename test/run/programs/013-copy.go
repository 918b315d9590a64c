// copy: returns the number of elements copied (the shorter length), handles
// overlapping ranges, and copies bytes from a string.
package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	n = copy(src[1:], src)
	fmt.Println(n, src)
	s2 := []int{1, 2, 3, 4, 5}
	n = copy(s2, s2[2:])
	fmt.Println(n, s2)
	b := make([]byte, 4)
	n = copy(b, "héllo")
	fmt.Println(n, b, string(b[:3]))
	fmt.Println(copy([]int{}, src), copy(dst, []int(nil)))
	words := []string{"a", "b", "c"}
	cp := make([]string, len(words))
	copy(cp, words)
	cp[0] = "z"
	fmt.Println(words, cp)
}
