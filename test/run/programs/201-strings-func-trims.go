// strings.LastIndexAny, LastIndexFunc, TrimLeftFunc, TrimRightFunc on invalid
// UTF-8 and astral runes, and ToValidUTF8's growing Builder (MemStats deltas).

package main

import (
	"fmt"
	"runtime"
	"strings"
	"unicode"
)

var ssink string

func d(name string, f func()) {
	var m1, m2 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m1)
	f()
	runtime.ReadMemStats(&m2)
	fmt.Println(name, m2.Mallocs-m1.Mallocs, m2.TotalAlloc-m1.TotalAlloc)
}

func main() {
	for _, c := range [][2]string{{"golang", "go"}, {"golang", ""}, {"", "a"}, {"héllo wörld", "öh"}, {"a\xffb", "\xff"}, {"a\xffb", "\uFFFD"}, {"abc\uFFFDx", "\xfe"}, {"x\xff", "é\xff"}, {"\xff", "\uFFFD"}, {"é", "é"}, {"a", "a"}, {"aaaaaaaaaaaaz", "az"}, {"aaaaaaaaaaaaz", "zé"}, {"𝄞 music 𝄞!", "𝄞"}, {"abc\xe2\x82", "\uFFFD"}, {"chicken", "kmr"}} {
		fmt.Print(strings.LastIndexAny(c[0], c[1]), " ")
	}
	fmt.Println()
	upper := func(r rune) bool { return unicode.IsUpper(r) }
	bad := func(r rune) bool { return r == '\uFFFD' }
	for _, s := range []string{"", "Hello, World", "hello", "ÀB𝐀c", "ab\xffcd", "\xff\xfe", "x\xe2\x82", "𝄞𝄞", "a\xf0\x9d\x84"} {
		fmt.Printf("%q %d %d %d %d\n", s, strings.LastIndexFunc(s, upper), strings.LastIndexFunc(s, bad), strings.LastIndexFunc(s, unicode.IsLetter), strings.LastIndexFunc(s, func(r rune) bool { return r > 0xFFFF }))
	}
	for _, s := range []string{"", "   ", "  x  ", "\t\n hi there \u00a0\u2003", "123abc456", "\xff\xffab\xff", "ab\xe2\x82", "\xe2\x82ab", "𝄞a𝄞", "a\xf0\x9d\x84", "\xf0\x9d\x84\x9eé"} {
		fmt.Printf("%q %q %q %q %q\n", s, strings.TrimLeftFunc(s, unicode.IsSpace), strings.TrimRightFunc(s, unicode.IsSpace), strings.TrimLeftFunc(s, bad), strings.TrimRightFunc(s, bad))
		fmt.Printf("  %q %q %q\n", strings.TrimLeftFunc(s, unicode.IsDigit), strings.TrimRightFunc(s, unicode.IsDigit), strings.TrimRightFunc(s, func(r rune) bool { return r > 0xFFFF || r == 'a' }))
	}
	calls := 0
	strings.TrimRightFunc("abc  ", func(r rune) bool { calls++; return r == ' ' })
	strings.LastIndexFunc("abcdef", func(r rune) bool { calls++; return r == 'c' })
	fmt.Println("calls", calls)
	for _, c := range [][2]string{{"", "?"}, {"abc", "?"}, {"a\xffb", "?"}, {"a\xff\xfeb", "?"}, {"a\xff\xfeb", ""}, {"\xff", "\uFFFD"}, {"é\xe2\x82x\xf0", "[bad]"}, {"𝄞\xff𝄞", "--"}, {"\xe2\x82\xac\xe2", "€"}} {
		fmt.Printf("%q\n", strings.ToValidUTF8(c[0], c[1]))
	}
	d("valid-empty", func() { ssink = strings.ToValidUTF8("", "?") })
	d("valid-short", func() { ssink = strings.ToValidUTF8("hello", "?") })
	d("valid-long", func() { ssink = strings.ToValidUTF8("the quick brown fox jumps over the lazy dog, héllo wörld", "?") })
	d("invalid-short", func() { ssink = strings.ToValidUTF8("ab\xffcd", "?") })
	d("invalid-grows", func() { ssink = strings.ToValidUTF8("\xffa\xffb\xffc\xffd\xffe", "<invalid>") })
	d("invalid-only", func() { ssink = strings.ToValidUTF8("\xff\xfe", "") })
	d("trims", func() { ssink = strings.TrimLeftFunc("  x  ", unicode.IsSpace) + "" })
	d("lastindex", func() { _ = strings.LastIndexAny("héllo", "lé") + strings.LastIndexFunc("abc", unicode.IsUpper) })
}
