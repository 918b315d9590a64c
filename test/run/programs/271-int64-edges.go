// 64-bit integers past 2^53 where the runtime checks them: make's sizes,
// slice bounds, shift counts (huge and negative), division by zero,
// string(rune) of a huge value; and the print built-ins, goroutines,
// deferred calls and method values carrying them.
package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

type counter int64

func (c counter) twice() counter { return c * 2 }

func main() {
	var huge int64 = 1<<62 + 12345
	var uhuge uint64 = 1<<64 - 3
	var neg int64 = -5
	zero := int64(0)
	s := []byte("hello")

	try("makeslice len", func() { _ = make([]int, huge) })
	try("makeslice cap", func() { _ = make([]int, 1, huge) })
	try("makeslice neg", func() { _ = make([]byte, neg) })
	try("makeslice uint", func() { _ = make([]byte, uhuge) })
	try("makechan", func() { _ = make(chan int, huge) })
	try("makemap", func() {
		m := make(map[int]int, huge)
		m[1] = 2
		fmt.Println("map ok", len(m))
	})
	try("slice high", func() { _ = s[:huge] })
	try("slice low", func() { _ = s[huge:] })
	try("slice low high", func() { _ = s[uhuge:3] })
	try("slice3", func() { _ = s[1:2:huge] })
	try("string slice", func() { _ = "abc"[1:uhuge] })
	try("index uint", func() { _ = s[uhuge] })
	try("string index", func() { _ = "abc"[huge] })
	try("array index", func() {
		var a [4]int64
		a[huge%4] = huge
		fmt.Println(a, a[uhuge%4])
		_ = a[huge]
	})
	try("divide", func() { fmt.Println(huge / zero) })
	try("modulo", func() { fmt.Println(uhuge % uint64(zero)) })
	try("shift neg", func() { fmt.Println(huge << neg) })
	try("shift neg32", func() { fmt.Println(int32(7) >> neg) })
	try("shifts", func() {
		fmt.Println(huge<<uhuge, huge>>uhuge, neg>>uhuge, int32(-8)>>uhuge, uint8(200)<<huge, 1<<(huge%64))
		fmt.Println(uhuge<<3, uhuge>>3, uhuge<<60>>60, neg<<61, neg>>1)
	})
	try("string(rune)", func() {
		fmt.Println(string(rune(huge)) == "\uFFFD", len(string(rune(uhuge))), string(huge) == "\uFFFD", string(uhuge))
	})

	c := counter(huge)
	f := c.twice
	fmt.Println(f(), counter(1<<62).twice(), c.twice().twice())

	done := make(chan int64)
	go func(v int64, u uint64) {
		done <- v - int64(u>>1)
	}(huge, uhuge)
	fmt.Println("goroutine", <-done)

	func() {
		defer fmt.Println("deferred", huge*3, uhuge+7)
		huge++
	}()
	fmt.Println("after", huge)

	var x int64 = 9007199254740993
	var y uint64 = 18446744073709551557
	println(x, y, -x, int64(-9223372036854775808), uint64(1<<63))
	print(x, " ", y, "\n")
	var acc uint64
	for i := uint64(0); i < 70; i++ {
		acc = acc*31 + i*0x9e3779b97f4a7c15
	}
	fmt.Println("mix", acc, acc%1000003, int64(acc)>>40, int16(acc))
	var fs = []float64{9.3e18, -9.3e18, 1.5e19, 4.2e18, -1}
	for _, v := range fs {
		fmt.Println(int64(v), uint64(v), uint32(v), int32(v), uint8(v))
	}
}
