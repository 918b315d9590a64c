// strconv.AppendBool/AppendInt/AppendQuote grow dst only when its capacity is
// short; QuoteRune(ToASCII) of astral and invalid runes; IsPrint.

package main

import (
	"fmt"
	"runtime"
	"strconv"
)

var bsink []byte
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
	for _, r := range []rune{'a', '\'', '"', '\\', '\n', 0, 0x7f, 'é', '世', 0xFFFD, 0x1F600, 0x10FFFF, 0xD800, -1, 0x110000, 0x2028, 0xE000, 0xFEFF, 0x1D11E} {
		fmt.Println(strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.IsPrint(r))
	}
	b := strconv.AppendBool(nil, true)
	b = strconv.AppendBool(b, false)
	b = strconv.AppendInt(b, -1234567890, 10)
	b = strconv.AppendInt(b, 255, 16)
	b = strconv.AppendQuote(b, "hé\x00\xff𝄞")
	fmt.Println(string(b), len(b), cap(b))
	buf := make([]byte, 0, 64)
	d("appendbool-nil", func() { bsink = strconv.AppendBool(nil, false) })
	d("appendbool-room", func() { bsink = strconv.AppendBool(buf, true) })
	d("appendbool-short", func() { bsink = strconv.AppendBool(make([]byte, 6, 8), false) })
	d("appendint-nil", func() { bsink = strconv.AppendInt(nil, -9876543210, 10) })
	d("appendint-room", func() { bsink = strconv.AppendInt(buf, 42, 2) })
	d("appendint-short", func() { bsink = strconv.AppendInt(make([]byte, 30, 32), 123456, 10) })
	d("appendquote-nil", func() { bsink = strconv.AppendQuote(nil, "hello") })
	d("appendquote-room", func() { bsink = strconv.AppendQuote(buf, "hello\n") })
	d("appendquote-short", func() { bsink = strconv.AppendQuote(make([]byte, 60, 64), "hello, world") })
	d("quoterune", func() { ssink = strconv.QuoteRune('x') })
	d("quoterune-astral", func() { ssink = strconv.QuoteRune(0x1F600) })
	d("quoterune-ascii", func() { ssink = strconv.QuoteRuneToASCII('x') })
	d("quoterune-ascii-astral", func() { ssink = strconv.QuoteRuneToASCII(0x1F600) })
	d("quoterune-ascii-bmp", func() { ssink = strconv.QuoteRuneToASCII('世') })
	d("isprint", func() { _ = strconv.IsPrint('x') && strconv.IsPrint(0x1F600) })
}
