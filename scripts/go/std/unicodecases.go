// Go 1.19's unicode tables (Unicode 13.0.0) for test/std/unicode.test.ts: for
// each class the ranges of runes in it, the ranges of assigned runes,
// every rune whose simple case mappings are not itself, and every rune whose
// SimpleFold is not itself.
package main

import (
	"encoding/json"
	"os"
	"unicode"
)

func ranges(f func(rune) bool) [][2]rune {
	var out [][2]rune
	start := rune(-1)
	for r := rune(0); r <= unicode.MaxRune+1; r++ {
		in := r <= unicode.MaxRune && f(r)
		if in && start < 0 {
			start = r
		} else if !in && start >= 0 {
			out = append(out, [2]rune{start, r - 1})
			start = -1
		}
	}
	return out
}

func main() {
	classes := map[string]func(rune) bool{
		"IsLetter": unicode.IsLetter, "IsDigit": unicode.IsDigit, "IsNumber": unicode.IsNumber,
		"IsSpace": unicode.IsSpace, "IsUpper": unicode.IsUpper, "IsLower": unicode.IsLower,
		"IsTitle": unicode.IsTitle, "IsPunct": unicode.IsPunct, "IsControl": unicode.IsControl,
		"IsMark": unicode.IsMark, "IsSymbol": unicode.IsSymbol, "IsPrint": unicode.IsPrint,
		"IsGraphic": unicode.IsGraphic,
	}
	out := map[string]any{}
	cls := map[string][][2]rune{}
	for name, f := range classes {
		cls[name] = ranges(f)
	}
	out["classes"] = cls
	out["assigned"] = ranges(func(r rune) bool {
		return unicode.In(r, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S, unicode.Z, unicode.Cc, unicode.Cf, unicode.Co, unicode.Cs)
	})
	var cases [][4]rune
	for r := rune(0); r <= unicode.MaxRune; r++ {
		u, l, t := unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r)
		if u != r || l != r || t != r {
			cases = append(cases, [4]rune{r, u, l, t})
		}
	}
	out["cases"] = cases
	var folds [][2]rune
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if f := unicode.SimpleFold(r); f != r {
			folds = append(folds, [2]rune{r, f})
		}
	}
	out["folds"] = folds
	json.NewEncoder(os.Stdout).Encode(out)
}
