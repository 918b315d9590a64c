// strconv allocates as Go 1.19's does: constants are static (FormatBool, the
// small Itoa strings, NumError's Func), FormatFloat's buffer, Quote's growing buffer.

package main

import (
	"fmt"
	"runtime"
	"strconv"
)

var sink interface{}
var ssink string
var esink error

func d(name string, f func()) {
	var m1, m2 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m1)
	f()
	runtime.ReadMemStats(&m2)
	fmt.Println(name, m2.Mallocs-m1.Mallocs, m2.TotalAlloc-m1.TotalAlloc)
}

func main() {
	d("itoa7", func() { ssink = strconv.Itoa(7) })
	d("itoa12345", func() { ssink = strconv.Itoa(12345) })
	d("fbool", func() { ssink = strconv.FormatBool(true) })
	d("ffloat", func() { ssink = strconv.FormatFloat(1.5, 'g', -1, 64) })
	d("ffloatE", func() { ssink = strconv.FormatFloat(123456.789, 'e', 3, 64) })
	d("quote", func() { ssink = strconv.Quote("ab") })
	d("quoteLong", func() { ssink = strconv.Quote("hello, world\n") })
	d("quoteEsc", func() { ssink = strconv.Quote("a\tb\"c\\d\x01") })
	d("quoteUni", func() { ssink = strconv.Quote("héllo, 世界 \xff!") })
	d("quoteEmpty", func() { ssink = strconv.Quote("") })
	d("quoteASCII", func() { ssink = strconv.QuoteToASCII("日本語 and more text here") })
	d("quoteLonger", func() { ssink = strconv.Quote("the quick brown fox jumps over the lazy dog, twice over: the quick brown fox") })
	d("atoiErr", func() { _, esink = strconv.Atoi("x") })
	d("atoiErrLong", func() { _, esink = strconv.Atoi("xxxxxxxxxxxxxxxxxxxx") })
	d("atoiOK", func() { v, _ := strconv.Atoi("123"); sink = v })
	d("parseFloat", func() { v, _ := strconv.ParseFloat("1.5", 64); sink = v })
	d("parseBoolErr", func() { _, esink = strconv.ParseBool("maybe") })
	d("appendInt", func() { b := strconv.AppendInt(nil, 42, 10); sink = b })
}
