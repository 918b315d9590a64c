// utf8.AppendRune (invalid runes become U+FFFD; p grows only when full, with
// append's capacities) and time.Until's sign and saturation.

package main

import (
	"fmt"
	"runtime"
	"time"
	"unicode/utf8"
)

var bsink []byte
var dsink time.Duration

func d(name string, f func()) {
	var m1, m2 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m1)
	f()
	runtime.ReadMemStats(&m2)
	fmt.Println(name, m2.Mallocs-m1.Mallocs, m2.TotalAlloc-m1.TotalAlloc)
}

func main() {
	var b []byte
	for _, r := range []rune{'a', 0, 0x7f, 0x80, 'é', 0x7ff, 0x800, '世', 0xD7FF, 0xD800, 0xDFFF, 0xE000, 0xFFFD, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF, 0x110000, -1, -0x7fffffff} {
		n := len(b)
		b = utf8.AppendRune(b, r)
		fmt.Printf("%U % x len=%d cap=%d\n", r, b[n:], len(b), cap(b))
	}
	s := make([]byte, 3, 4)
	t := utf8.AppendRune(s, 'x')
	u := utf8.AppendRune(s, '世')
	fmt.Println(len(t), cap(t), &t[0] == &s[0], len(u), cap(u), &u[0] == &s[0])
	d("appendrune-nil-ascii", func() { bsink = utf8.AppendRune(nil, 'x') })
	d("appendrune-nil-astral", func() { bsink = utf8.AppendRune(nil, 0x1F600) })
	d("appendrune-room", func() { bsink = utf8.AppendRune(make([]byte, 0, 8), '世') })
	d("appendrune-full", func() { bsink = utf8.AppendRune(make([]byte, 7, 8), '世') })
	d("appendrune-big", func() { bsink = utf8.AppendRune(make([]byte, 1024), 0x10000) })
	past := time.Until(time.Unix(0, 0))
	soon := time.Until(time.Now())
	fmt.Println(past < 0, past < -50*365*24*time.Hour, soon <= 0, soon > -time.Minute)
	fmt.Println(time.Until(time.Unix(1<<40, 0)) > 100*365*24*time.Hour, time.Until(time.Unix(-1<<40, 0)) < -100*365*24*time.Hour)
	d("until", func() { dsink = time.Until(time.Unix(1e9, 0)) })
}
