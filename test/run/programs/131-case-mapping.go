// Case mapping is Go's simple (rune to rune) mapping of Unicode 13 for every
// rune: unicode.To*/SimpleFold, strings and bytes ToLower/ToUpper/ToTitle, EqualFold.
package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

func main() {
	// Every rune with a mapping, summed up; the cased runes kept in one string.
	var sum [4]int64
	var n [4]int
	var all []rune
	for r := rune(0); r <= unicode.MaxRune; r++ {
		m := [4]rune{unicode.ToLower(r), unicode.ToUpper(r), unicode.ToTitle(r), unicode.SimpleFold(r)}
		cased := false
		for i, x := range m {
			if x != r {
				sum[i] += int64(x-r) * int64(r)
				n[i]++
				cased = true
			}
		}
		if cased {
			all = append(all, r)
		}
	}
	fmt.Println(n, sum, len(all))

	// The strings functions map each rune as unicode does.
	s := string(all)
	var lower, upper, title []rune
	for _, r := range all {
		lower = append(lower, unicode.ToLower(r))
		upper = append(upper, unicode.ToUpper(r))
		title = append(title, unicode.ToTitle(r))
	}
	fmt.Println(strings.ToLower(s) == string(lower), strings.ToUpper(s) == string(upper), strings.ToTitle(s) == string(title))
	fmt.Println(string(bytes.ToLower([]byte(s))) == string(lower), string(bytes.ToUpper([]byte(s))) == string(upper),
		string(bytes.ToTitle([]byte(s))) == string(title))
	folds := 0
	for _, r := range all {
		if f := unicode.SimpleFold(r); f != r && strings.EqualFold(string(r), string(f)) {
			folds++
		}
	}
	fmt.Println(folds)

	// Runes where JavaScript's full or newer mappings differ from Go's.
	for _, w := range []string{"İ", "ı", "ß", "ẞ", "ŉ", "ǅ", "ǆ", "Ǆ", "ᾳ", "ᾼ", "ΑΣ", "ﬀ", "ა", "Ა", "ƛ", "ɤ", "Ɐ", "Ꟁꟁ", "𐕰", "ǰ"} {
		fmt.Printf("%+q: %+q %+q %+q\n", w, strings.ToLower(w), strings.ToUpper(w), strings.ToTitle(w))
	}
	fmt.Println(strings.EqualFold("ſ", "S"), strings.EqualFold("K", "k"), strings.EqualFold("ß", "ẞ"),
		strings.EqualFold("σ", "ς"), strings.EqualFold("İ", "i"), strings.EqualFold("Go", "GO"), strings.EqualFold("a", "ab"))
	fmt.Println(unicode.SimpleFold('A'), unicode.SimpleFold('k'), unicode.SimpleFold('K'), unicode.SimpleFold(0x212A), unicode.SimpleFold('1'))

	// Lengths and capacities: bytes' Map makes len(s) bytes and grows by 2*n+UTFMax.
	for _, w := range []string{"İ", "ȿ", "ⱥ", "Ⱥ\xff", "abc", "ABC", "héllo"} {
		l, u, t := bytes.ToLower([]byte(w)), bytes.ToUpper([]byte(w)), bytes.ToTitle([]byte(w))
		fmt.Println(len(l), cap(l), len(u), cap(u), len(t), cap(t), string(l), string(u), string(t))
	}
}
