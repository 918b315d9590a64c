// bytes.Split (pieces' lengths and capacities, empty and nil inputs, runes)
// and TrimPrefix/TrimSuffix, with the [][]byte allocation Go makes.

package main

import (
	"bytes"
	"fmt"
	"runtime"
)

var sink [][]byte
var bsink []byte

func d(name string, f func()) {
	var m1, m2 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m1)
	f()
	runtime.ReadMemStats(&m2)
	fmt.Println(name, m2.Mallocs-m1.Mallocs, m2.TotalAlloc-m1.TotalAlloc)
}

func show(a [][]byte) {
	fmt.Print(len(a), " ", cap(a), " ", a == nil, ":")
	for _, p := range a {
		fmt.Printf(" %q/%d/%d/%v", p, len(p), cap(p), p == nil)
	}
	fmt.Println()
}

func main() {
	buf := make([]byte, 0, 64)
	buf = append(buf, "a,b,,c,"...)
	show(bytes.Split(buf, []byte(",")))
	show(bytes.Split([]byte("a--b----c"), []byte("--")))
	show(bytes.Split([]byte("abc"), []byte("x")))
	show(bytes.Split([]byte(""), []byte(",")))
	show(bytes.Split(nil, []byte(",")))
	show(bytes.Split(nil, nil))
	show(bytes.Split([]byte{}, nil))
	show(bytes.Split(buf[:3], nil))
	show(bytes.Split([]byte("héllo𝄞"), nil))
	show(bytes.Split([]byte("a\xffb\xe2\x82"), []byte("")))
	show(bytes.Split([]byte("𝄞x𝄞"), []byte("x")))
	for _, c := range [][2]string{{"prefix-body", "prefix-"}, {"body", "x"}, {"", ""}, {"abc", "abc"}, {"abc", "abcd"}, {"héllo", "hé"}} {
		s := make([]byte, len(c[0]), len(c[0])+5)
		copy(s, c[0])
		p := bytes.TrimPrefix(s, []byte(c[1]))
		q := bytes.TrimSuffix(s, []byte(c[1]))
		fmt.Printf("%q %d %d | %q %d %d\n", p, len(p), cap(p), q, len(q), cap(q))
	}
	fmt.Println(bytes.TrimPrefix(nil, nil) == nil, bytes.TrimSuffix(nil, []byte("x")) == nil, bytes.TrimPrefix([]byte("x"), nil))
	d("split4", func() { sink = bytes.Split([]byte("a b c d"), []byte(" ")) })
	d("split-none", func() { sink = bytes.Split([]byte("abcd"), []byte(" ")) })
	d("split-runes", func() { sink = bytes.Split([]byte("héllo, wörld"), nil) })
	d("split-many", func() { sink = bytes.Split(bytes.Repeat([]byte("x,"), 100), []byte(",")) })
	d("trim", func() { bsink = bytes.TrimSuffix(bytes.TrimPrefix(buf, []byte("a,")), []byte(",")) })
}
