// strings.Clone copies in one allocation (none for ""), so a short clone of a
// substring lets the big string go, as a copied subslice lets its array go.
// gomem-env: GOGC=off

package main

import (
	"fmt"
	"runtime"
	"strings"
)

var ms runtime.MemStats

func heap() uint64 {
	runtime.GC()
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

var keep []byte
var ks string
var ptrs []*[1024]byte

func main() {
	base := heap()
	big := make([]byte, 1<<20)
	keep = big[:16]
	big = nil
	fmt.Println((heap() - base) >> 10)
	keep = append([]byte(nil), keep...)
	fmt.Println((heap() - base) >> 10)
	s := strings.Repeat("x", 1<<20)
	ks = s[:10]
	s = ""
	fmt.Println((heap() - base) >> 10)
	ks = strings.Clone(ks)
	fmt.Println((heap() - base) >> 10)
	for i := 0; i < 100; i++ {
		ptrs = append(ptrs, new([1024]byte))
	}
	fmt.Println((heap() - base) >> 10)
	ptrs = ptrs[:10]
	fmt.Println((heap() - base) >> 10)
	for i := 10; i < cap(ptrs); i++ {
		ptrs[:cap(ptrs)][i] = nil
	}
	fmt.Println((heap() - base) >> 10)
	runtime.ReadMemStats(&ms)
	fmt.Println(ms.NumGC, ms.HeapObjects > 0)
	for _, x := range []string{"", "a", ks[:5], strings.Repeat("ab", 20)} {
		runtime.ReadMemStats(&ms)
		a, b := ms.Mallocs, ms.TotalAlloc
		ks = strings.Clone(x)
		runtime.ReadMemStats(&ms)
		fmt.Println(len(ks), ks == x, ms.Mallocs-a, ms.TotalAlloc-b)
	}
}
