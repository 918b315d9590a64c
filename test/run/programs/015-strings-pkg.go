// The strings package: Split, Join, Fields, Contains, Index, Replace, Repeat,
// ToUpper, Trim*, HasPrefix, Builder, Title-free helpers, EqualFold, Map.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "  the quick  brown fox  "
	fmt.Printf("%q\n", strings.Fields(s))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"))
	fmt.Println(strings.Contains(s, "quick"), strings.ContainsRune(s, 'z'), strings.ContainsAny(s, "xyz"))
	fmt.Println(strings.Index(s, "brown"), strings.LastIndex(s, "o"), strings.IndexByte(s, 'q'), strings.Index(s, "cat"))
	fmt.Println(strings.Replace("aaaa", "a", "b", 2), strings.ReplaceAll("aaaa", "a", "bc"))
	fmt.Println(strings.Repeat("ab", 3), strings.ToUpper("héllo"), strings.ToLower("ÀBC"))
	fmt.Printf("%q %q %q\n", strings.TrimSpace(s), strings.Trim("xxhixx", "x"), strings.TrimLeft("xxhixx", "x"))
	fmt.Println(strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("a.go", ".go"))
	fmt.Println(strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"), strings.Count("cheese", "e"), strings.Count("five", ""))
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&sb, "%d,", i)
	}
	sb.WriteString("end")
	sb.WriteByte('!')
	sb.WriteRune('世')
	fmt.Println(sb.String(), sb.Len())
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Compare("a", "b"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		return r
	}, "banana"))
	fmt.Println(strings.Title("x") == "X", strings.Fields("") == nil, len(strings.Split("", ",")))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>hi</b>"))
}
