// Invalid UTF-8 decodes as one U+FFFD per bad byte in []rune, range and the
// utf8 counts; invalid runes never crash rune-taking functions and encode as U+FFFD.
package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

var inputs = []string{
	"\xe2\x82c",         // truncated 3-byte sequence, then an ASCII byte
	"\xe2\x82",          // truncated at the end
	"\xf0\x9f\x98",      // truncated 4-byte sequence
	"\xf0\x9f\x98\x80!", // complete
	"\xed\xa0\x80",      // an encoded surrogate
	"\xf4\x90\x80\x80",  // past MaxRune
	"\xc0\x80",          // overlong
	"a\xffb",
	"\xef\xbf\xbd", // a real U+FFFD
	"\x80\x80\xbf",
}

func main() {
	fmt.Println([]rune("\xe2\x82c"), len([]rune("\xf0\x9f\x98")))
	for _, s := range inputs {
		rs := []rune(s)
		var ranged []rune
		var at []int
		for i, r := range s {
			ranged = append(ranged, r)
			at = append(at, i)
		}
		fmt.Printf("%x: %v %v %v count=%d %d valid=%v back=%x\n", s, rs, ranged, at,
			utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)), utf8.ValidString(s), string(rs))
		fmt.Println(strings.IndexRune(s, utf8.RuneError), strings.ContainsRune(s, utf8.RuneError),
			strings.IndexRune(s, 0xd800), strings.IndexRune(s, -1), strings.IndexRune(s, 'c'))
		fmt.Printf("%q %q %q\n", s, strings.ToUpper(s), strings.Map(unicode.ToUpper, s))
	}

	// Invalid runes: out of range, negative, surrogates. Encoding writes U+FFFD.
	for _, r := range []rune{-1, 0xd800, 0xdfff, 0x110000, -0x80000000, 0x7fffffff, 0xfffd, 'x'} {
		var b strings.Builder
		n, _ := b.WriteRune(r)
		var bb bytes.Buffer
		m, _ := bb.WriteRune(r)
		p := make([]byte, 4)
		k := utf8.EncodeRune(p, r)
		fmt.Printf("%d: %v %v | %d %q %d %q | %d %v %d %v | %q %q %q\n", r,
			strings.ContainsRune("abc\xff", r), strings.IndexRune("abc\xff", r),
			n, b.String(), m, bb.String(),
			k, p[:k], utf8.RuneLen(r), utf8.ValidRune(r),
			string(r), string([]rune{r, 'a'}), strings.Map(func(rune) rune { return r }, "xy"))
		fmt.Printf("%c|%q|%U|%x\n", r, r, r, r)
		fmt.Println(unicode.IsLetter(r), unicode.IsPrint(r), unicode.IsSpace(r),
			unicode.ToLower(r), unicode.ToUpper(r), unicode.ToTitle(r))
	}
}
