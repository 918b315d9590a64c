// unicode and unicode/utf8 through compiled code.
package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	for _, r := range []rune{'A', 'z', '5', '٣', ' ', '\t', '\u00a0', '\u2028', '!', '世', 'ǅ', 'ß', 'İ', 'ı', 'ა', 'Ω', '\u0301', '€', 0x10FFFF + 1, -1} {
		fmt.Println(r, unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsTitle(r),
			unicode.IsPunct(r), unicode.IsControl(r), unicode.IsMark(r), unicode.IsSymbol(r), unicode.IsPrint(r), unicode.IsGraphic(r),
			unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r))
	}
	for _, s := range []string{"", "a", "añ世🙂", "\xff", "a\xffb", "\xe4\xb8", "\xf0\x9f\x99", "\xed\xa0\x80", "世\xe4\xb8"} {
		r, n := utf8.DecodeRuneInString(s)
		lr, ln := utf8.DecodeLastRuneInString(s)
		b := []byte(s)
		r2, n2 := utf8.DecodeRune(b)
		lr2, ln2 := utf8.DecodeLastRune(b)
		fmt.Println(r, n, lr, ln, r2, n2, lr2, ln2, utf8.RuneCountInString(s), utf8.RuneCount(b), utf8.ValidString(s), utf8.Valid(b), utf8.FullRune(b), utf8.FullRuneInString(s))
	}
	for _, r := range []rune{0, 'a', 0x7ff, 0x800, 0xd800, 0xffff, 0x10000, 0x10ffff, 0x110000, -1} {
		buf := make([]byte, 4)
		n := utf8.EncodeRune(buf, r)
		fmt.Println(r, utf8.RuneLen(r), utf8.ValidRune(r), n, buf[:n])
	}
	fmt.Println(utf8.RuneError, utf8.UTFMax, utf8.RuneSelf, utf8.MaxRune, unicode.MaxRune, utf8.RuneStart(0x80), utf8.RuneStart('a'))
	defer func() { fmt.Println("recovered:", recover()) }()
	utf8.EncodeRune(make([]byte, 2), '世')
}
