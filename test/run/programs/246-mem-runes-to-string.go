// string(runes) allocates 3 bytes more than the encoding (even for no runes) and
// uses the 32-byte stack buffer only when those fit, as slicerunetostring does.
// gomem-env: GOGC=off
package main

import (
	"fmt"
	"runtime"
)

var s string
var n int
var empty []rune
var r10 = []rune("0123456789")
var r29 = []rune("01234567890123456789012345678")
var r30 = []rune("012345678901234567890123456789")
var uni = []rune("héllo wörld, ünïcode")
var ms0, ms1 runtime.MemStats

//go:noinline
func local(r []rune) int { t := string(r); return len(t) }

func report(name string) {
	fmt.Printf("%-10s mallocs=%d total=%d\n", name, ms1.Mallocs-ms0.Mallocs, ms1.TotalAlloc-ms0.TotalAlloc)
}

func main() {
	runtime.ReadMemStats(&ms0)
	s = string(empty)
	runtime.ReadMemStats(&ms1)
	report("empty")
	runtime.ReadMemStats(&ms0)
	s = string(r29)
	runtime.ReadMemStats(&ms1)
	report("29 runes")
	runtime.ReadMemStats(&ms0)
	s = string(uni)
	runtime.ReadMemStats(&ms1)
	report("24 bytes")
	runtime.ReadMemStats(&ms0)
	n += local(r29)
	runtime.ReadMemStats(&ms1)
	report("local 29")
	runtime.ReadMemStats(&ms0)
	n += local(r30)
	runtime.ReadMemStats(&ms1)
	report("local 30")
	fmt.Println(n, len(s), s, string(r10))
}
