// strings/bytes FieldsFunc, and Fields on non-ASCII text (which is FieldsFunc
// with unicode.IsSpace): fields, calls of f, and the span list's heap growth past 32.

package main

import (
	"bytes"
	"fmt"
	"runtime"
	"strings"
	"unicode"
)

func main() {
	var ms runtime.MemStats
	measure := func(name string, f func() int) {
		runtime.ReadMemStats(&ms)
		a, b := ms.Mallocs, ms.TotalAlloc
		n := f()
		runtime.ReadMemStats(&ms)
		fmt.Println(name, n, ms.Mallocs-a, ms.TotalAlloc-b)
	}
	for _, k := range []int{3, 31, 32, 33, 40, 64, 65, 300, 1000} {
		s := strings.Repeat("é ", k)
		a := strings.Repeat("a ", k)
		measure("Fields-utf8", func() int { return len(strings.Fields(s)) })
		measure("Fields-ascii", func() int { return len(strings.Fields(a)) })
		measure("FieldsFunc", func() int { return len(strings.FieldsFunc(a, unicode.IsSpace)) })
		bs := []byte(s)
		measure("bytes.Fields", func() int { return len(bytes.Fields(bs)) })
		measure("bytes.FieldsFunc", func() int { return len(bytes.FieldsFunc(bs, func(r rune) bool { return r == ' ' })) })
	}
	fmt.Printf("%q\n", strings.FieldsFunc("  a1b22c333 ", func(r rune) bool { return r >= '0' && r <= '9' || r == ' ' }))
	fmt.Printf("%q\n", strings.FieldsFunc("", unicode.IsSpace))
	fmt.Printf("%q\n", bytes.FieldsFunc([]byte("x,y,,z"), func(r rune) bool { return r == ',' }))
	fmt.Printf("%q\n", strings.Fields(" \u00a0x\u2003y\xffz\u0085 "))
	calls := 0
	strings.FieldsFunc("héllo wörld", func(r rune) bool { calls++; return r == ' ' })
	fmt.Println(calls)
}
