// strings.IndexAny (invalid bytes and U+FFFD in either string), LastIndexByte,
// IndexFunc, and sort.SearchStrings.

package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

func main() {
	for _, c := range [][2]string{{"golang", "ny"}, {"golang", ""}, {"", "a"}, {"héllo wörld", "öw"}, {"a\xffb", "\xff"}, {"a\xffb", "\uFFFD"}, {"abc\uFFFDx", "\xfe"}, {"chicken", "kmr"}, {"aaaaaaaaaaaaz", "zy"}} {
		fmt.Print(strings.IndexAny(c[0], c[1]), " ")
	}
	fmt.Println()
	fmt.Println(strings.LastIndexByte("abcabc", 'b'), strings.LastIndexByte("abc", 'z'), strings.LastIndexByte("", 'a'))
	fmt.Println(strings.IndexFunc("Hello, 世界", unicode.IsUpper), strings.IndexFunc("hello, 世界", func(r rune) bool { return r > 127 }), strings.IndexFunc("abc", unicode.IsDigit))
	ss := []string{"apple", "banana", "cherry", "date"}
	for _, x := range []string{"", "apple", "b", "banana", "cz", "zzz"} {
		fmt.Print(sort.SearchStrings(ss, x), " ")
	}
	fmt.Println(sort.SearchStrings(nil, "x"))
}
