// string(b) compared, read as a map key, switched on against constants or joined
// to a non-empty literal, and []byte(s) ranged over do not copy (no allocation).
// gomem-env: GOGC=off
package main

import (
	"fmt"
	"runtime"
)

const text = "this string is definitely longer than thirty-two bytes"

var long = text
var b = []byte(long)
var m = map[string]int{long: 1}
var n int
var s string
var ms0, ms1 runtime.MemStats

func report(name string) {
	fmt.Printf("%-10s mallocs=%d total=%d\n", name, ms1.Mallocs-ms0.Mallocs, ms1.TotalAlloc-ms0.TotalAlloc)
}

func main() {
	runtime.ReadMemStats(&ms0)
	if string(b) == long && string(b) >= "a" {
		n++
	}
	runtime.ReadMemStats(&ms1)
	report("compare")
	runtime.ReadMemStats(&ms0)
	n += m[string(b)]
	_, ok := m[string(b)]
	runtime.ReadMemStats(&ms1)
	report("map read")
	runtime.ReadMemStats(&ms0)
	switch string(b) {
	case "x", text:
		n++
	}
	runtime.ReadMemStats(&ms1)
	report("switch")
	runtime.ReadMemStats(&ms0)
	switch string(b) {
	case "x", long:
		n++
	}
	runtime.ReadMemStats(&ms1)
	report("switch var")
	runtime.ReadMemStats(&ms0)
	for _, c := range []byte(long) {
		n += int(c)
	}
	runtime.ReadMemStats(&ms1)
	report("range")
	runtime.ReadMemStats(&ms0)
	s = "<" + string(b) + ">"
	runtime.ReadMemStats(&ms1)
	report("concat")
	runtime.ReadMemStats(&ms0)
	s = long + string(b)
	runtime.ReadMemStats(&ms1)
	report("no lit")
	runtime.ReadMemStats(&ms0)
	m[string(b)] = 2
	runtime.ReadMemStats(&ms1)
	report("map write")
	b[0] = 'T'
	fmt.Println(n, ok, s[:5], m[long], len(m), m[string(b)])
}
