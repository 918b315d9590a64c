// Strings: concatenation, len in bytes, indexing bytes, slicing, comparison,
// ranging over runes (byte offsets), and escapes in literals.
package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), s[0], s[1], s[1:3], s[7:])
	for i, r := range s {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	t := s + "!" + `raw\n`
	fmt.Println(t)
	fmt.Println("abc" < "abd", "ab" < "abc", "b" > "abc", "x" == "x")
	fmt.Println("tab\tquote\"back\\slash", '\n', 'a', '世')
	var empty string
	fmt.Println(len(empty), empty == "")
	b := []byte("bytes")
	b[0] = 'B'
	fmt.Println(string(b), b)
	r := []rune(s)
	fmt.Println(len(r), string(r[7]), r[1])
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string([]rune{72, 105}))
	fmt.Println(string(rune(-1)) == "\uFFFD")
	bad := "\xff\xfe"
	for i, r := range bad {
		fmt.Println(i, r)
	}
}
