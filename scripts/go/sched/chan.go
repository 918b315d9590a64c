// Prints, as JSON, the Mallocs and TotalAlloc deltas of make(chan T, n) for a
// few element types and buffer sizes (Go 1.19's makechan: one noscan object
// for hchan and a pointer-free buffer, else new(hchan) and a typed buffer).
package main

import (
	"encoding/json"
	"os"
	"runtime"
)

type pair struct {
	a int
	p *int
}

var sink []any

type result struct {
	Elem       string `json:"elem"`
	Size       int    `json:"size"`
	Mallocs    uint64 `json:"mallocs"`
	TotalAlloc uint64 `json:"total_alloc"`
}

func measure(elem string, size int, mk func() any) result {
	var a, b runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&a)
	c := mk()
	runtime.ReadMemStats(&b)
	sink = append(sink, c)
	return result{elem, size, b.Mallocs - a.Mallocs, b.TotalAlloc - a.TotalAlloc}
}

func main() {
	sink = make([]any, 0, 64)
	var out []result
	for _, n := range []int{0, 1, 3, 10, 100, 5000} {
		n := n
		out = append(out,
			measure("struct {}", n, func() any { return make(chan struct{}, n) }),
			measure("int", n, func() any { return make(chan int, n) }),
			measure("uint8", n, func() any { return make(chan byte, n) }),
			measure("*int", n, func() any { return make(chan *int, n) }),
			measure("string", n, func() any { return make(chan string, n) }),
			measure("[64]uint8", n, func() any { return make(chan [64]byte, n) }),
			measure("main.pair", n, func() any { return make(chan pair, n) }),
		)
	}
	json.NewEncoder(os.Stdout).Encode(out)
}
