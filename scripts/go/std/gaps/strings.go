// strings: SplitN, SplitAfter(N), Cut, Compare, Map, Title, TrimFunc, NewReplacer.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	for _, n := range []int{-1, 0, 1, 2, 3, 10} {
		a := strings.SplitN("a,b,c,d", ",", n)
		fmt.Printf("%q %d %d %v\n", a, len(a), cap(a), a == nil)
		b := strings.SplitAfterN("a,b,c,d", ",", n)
		fmt.Printf("%q %d\n", b, cap(b))
		c := strings.SplitN("héllo", "", n)
		fmt.Printf("%q %d\n", c, cap(c))
	}
	fmt.Printf("%q %q %q\n", strings.SplitAfter("a--b--", "--"), strings.SplitAfter("", ","), strings.SplitN("", ",", 2))
	for _, s := range []string{"k=v", "k=", "=v", "kv", "", "a=b=c"} {
		b, a, f := strings.Cut(s, "=")
		fmt.Printf("%q %q %v\n", b, a, f)
	}
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("", ""), strings.Compare("ab", "a"))
	rot := func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r == ' ':
			return -1
		case r == 'é':
			return 'E'
		case r == 'x':
			return 0x10FFFF + 1
		}
		return r
	}
	for _, s := range []string{"hello world", "ABC", "", "café x", "\xffabc"} {
		fmt.Printf("%q\n", strings.Map(rot, s))
	}
	fmt.Printf("%q\n", strings.Map(unicode.ToUpper, "ünïcode ß"))
	for _, s := range []string{"hello wide world", "x", "", "o'neil is_here", "ǆemal ǳ", "üb-er.gut", "3rd place"} {
		fmt.Printf("%q\n", strings.Title(s))
	}
	fmt.Printf("%q %q\n", strings.TrimFunc("123abc456", unicode.IsDigit), strings.TrimFunc("  x  ", unicode.IsSpace))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<b>a & b</b>"), r.Replace("plain"))
	r2 := strings.NewReplacer("a", "1", "aa", "2", "aaa", "3")
	fmt.Println(r2.Replace("aaaa"))
	r3 := strings.NewReplacer("aaa", "3", "aa", "2", "a", "1")
	fmt.Println(r3.Replace("aaaa"))
	r4 := strings.NewReplacer("", "-")
	fmt.Println(r4.Replace("abc"), r4.Replace(""))
	r5 := strings.NewReplacer("hello", "HI", "world", "EARTH", "o", "0")
	fmt.Println(r5.Replace("hello world, oh"))
	defer func() { fmt.Println("recovered:", recover()) }()
	strings.NewReplacer("odd")
}
