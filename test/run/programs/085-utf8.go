// unicode/utf8 and unicode: rune counts, decoding, encoding, validity, and
// character classes.
package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	s := "añ世🙂"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s), utf8.ValidString("\xff"))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%c %U %d\n", r, r, size)
		i += size
	}
	r, size := utf8.DecodeLastRuneInString(s)
	fmt.Println(string(r), size)
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '世')
	fmt.Println(buf[:n], utf8.RuneLen('🙂'), utf8.RuneLen('a'))
	fmt.Println(unicode.IsUpper('A'), unicode.IsLetter('世'), unicode.IsDigit('٣'), unicode.IsSpace('\t'), unicode.ToUpper('ñ') == 'Ñ')
	count := map[string]int{}
	for _, c := range "Hello, World 123!" {
		switch {
		case unicode.IsLetter(c):
			count["letter"]++
		case unicode.IsDigit(c):
			count["digit"]++
		case unicode.IsSpace(c):
			count["space"]++
		default:
			count["other"]++
		}
	}
	fmt.Println(count)
}
