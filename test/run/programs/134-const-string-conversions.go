// []byte and []rune of a constant string get an array of exactly its length (cap ==
// len), in the frame or new'd, unlike a variable's 32-element buffer or size class.
package main

import (
	"fmt"
	"runtime"
)

const c10 = "0123456789"
const c100 = c10 + c10 + c10 + c10 + c10 + c10 + c10 + c10 + c10 + c10
const c1k = c100 + c100 + c100 + c100 + c100 + c100 + c100 + c100 + c100 + c100
const c10k = c1k + c1k + c1k + c1k + c1k + c1k + c1k + c1k + c1k + c1k
const c60k = c10k + c10k + c10k + c10k + c10k + c10k
const c70k = c60k + c10k

const hello = "hello"

type B []byte
type R []rune
type S string

const sc S = "héllo"

var (
	sinkB []byte
	sinkR []rune
)

func measure(name string, f func() int) {
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	n := f()
	runtime.ReadMemStats(&m1)
	fmt.Println(name, n, m1.Mallocs-m0.Mallocs, m1.TotalAlloc-m0.TotalAlloc)
}

func main() {
	b := []byte("hello")
	r := []rune("hello")
	fmt.Println(cap(b), cap(r), cap([]byte(hello)), cap([]byte("")), []byte("") != nil, cap([]rune("")), []rune("") != nil)
	fmt.Println(cap([]byte(c10+c10+c10+c10)), cap([]rune(c10+c10+c10+c10)), len([]rune("héllo, 世界")), cap([]rune("héllo, 世界")))
	fmt.Println(cap(append([]byte("hello"), " world"...)), cap(append([]rune("hello"), 'x')))
	s := "hello"
	fmt.Println(cap([]byte(s)), cap([]rune(s)), cap([]byte(s+"")))

	measure("escaping bytes", func() int { sinkB = []byte("hello"); return cap(sinkB) })
	measure("escaping runes", func() int { sinkR = []rune("hello"); return cap(sinkR) })
	measure("escaping 41 bytes", func() int { sinkB = []byte(c10 + c10 + c10 + c10 + "x"); return cap(sinkB) })
	measure("escaping runes, not ASCII", func() int { sinkR = []rune("héllo, 世界"); return cap(sinkR) })
	measure("escaping empty", func() int { sinkB = []byte(""); return cap(sinkB) })
	measure("escaping append", func() int { sinkB = append([]byte("hello"), " world"...); return cap(sinkB) })
	measure("escaping variable", func() int { sinkB = []byte(s); return cap(sinkB) })
	measure("local", func() int {
		b := []byte("hello")
		b[0] = 'j'
		r := []rune("hello")
		big := []byte(c10 + c10 + c10 + c10 + "x")
		return len(b) + len(r) + cap(big)
	})
	measure("local 60k bytes", func() int { b := []byte(c60k); b[0] = 1; return cap(b) })
	measure("local 70k bytes", func() int { b := []byte(c70k); b[0] = 1; return cap(b) })
	measure("local 70k runes", func() int { r := []rune(c70k); r[0] = 1; return cap(r) })
	measure("escaping 70k runes", func() int { sinkR = []rune(c70k); return cap(sinkR) })
	measure("named types", func() int { b := B("hello"); r := R(sc); return cap(b)*100 + cap(r) })
	measure("loop", func() int {
		t := 0
		for i := 0; i < 3; i++ {
			b := []byte("abc")
			b[i] = 'x'
			t += int(b[0]) + cap(b)
		}
		return t
	})
	measure("range", func() int {
		t := 0
		for _, c := range []byte("hello") {
			t += int(c)
		}
		for _, c := range []rune("héllo") {
			t += int(c)
		}
		return t
	})
	measure("local append", func() int { b := append([]byte("hello"), '!'); return cap(b) })
	measure("invalid UTF-8", func() int { r := []rune("\xe2\x82c\xff"); return len(r)*100 + cap(r) })
	fmt.Println(string([]byte(c10)), string([]rune(sc)), len([]byte(c70k)), []rune("\xe2\x82c\xff"))
}
