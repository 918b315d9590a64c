// Standard-library functions that can return (part of) their argument leak it
// to their result, as Go's do: a string(p) passed to them escapes with it.
package main

import (
	"fmt"
	"strings"
)

func f1(p []byte) string  { return strings.ToUpper(string(p)) }
func f2(p []byte) string  { return strings.ToLower(string(p)) }
func f3(p []byte) string  { return strings.ToTitle(string(p)) }
func f4(p []byte) string  { return strings.Repeat(string(p), 1) }
func f5(p []byte) string  { return strings.Clone(string(p)) }
func f6(p []byte) string  { return strings.Join([]string{string(p)}, ",") }
func f7(p []byte) string  { return strings.ToValidUTF8(string(p), "?") }
func f8(p []byte) string  { return strings.Title(string(p)) }
func f9(p []byte) string  { return strings.Replace(string(p), "a", "b", 1) }
func f10(p []byte) string { return strings.TrimSpace(string(p)) }
func f11(p []byte) string { r := strings.NewReplacer("a", "b"); return r.Replace(string(p)) }
func f12(p []byte) string { return strings.Map(func(r rune) rune { return r }, string(p)) }
func f13(p []byte) string { a, _, _ := strings.Cut(string(p), ","); return a }
func f14(p []byte) []string { return strings.Fields(string(p)) }
func f15(p []byte) []string { return strings.Split(string(p), ",") }
func f16(p []byte) string { return strings.TrimFunc(string(p), func(r rune) bool { return r == 'x' }) }
func f17(p []byte) string { return strings.TrimPrefix(string(p), "x") }
func f18(q []string) string { return strings.Join(q, ",") }
func f19(p []byte) string { var b strings.Builder; b.WriteString(string(p)); return b.String() }

func main() {
	b := []byte("abc")
	fmt.Println(f1(b), f2(b), f3(b), f4(b), f5(b), f6(b), f7(b), f8(b), f9(b), f10(b), f11(b), f12(b), f13(b), f14(b), f15(b), f16(b), f17(b), f18(nil), f19(b))
}
