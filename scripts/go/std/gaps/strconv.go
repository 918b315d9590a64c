// strconv: Unquote, UnquoteChar, AppendInt, AppendQuote, QuoteRune.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{`"a\tb"`, `"plain"`, "`raw\\n`", "`a\rb`", `'x'`, `'\n'`, `'ab'`, `"\u00e9\U0001F600\x41\101"`, `"unterminated`, `"bad\q"`, `''`, `"`, `"a"b"`, `"\xff"`, "\"\xff\"", `'\''`, `"\'"`, `"\""`, "\"a\nb\"", `"\400"`, `"\uD800"`, "`a`b`", `x`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("%q %q %v\n", s, u, err)
	}
	for _, s := range []string{`\x41rest`, `\u263a!`, `é.`, `\'`, `"`, `\z`, ``, `\`, `\1234`} {
		v, mb, tail, err := strconv.UnquoteChar(s, '"')
		fmt.Println(v, mb, tail, err)
	}
	var b []byte
	for i := 0; i < 12; i++ {
		b = strconv.AppendInt(b, int64(i*i*1000-5000), 10)
		b = append(b, ' ')
		fmt.Println(len(b), cap(b))
	}
	fmt.Println(string(b))
	fmt.Println(string(strconv.AppendInt([]byte("x="), -255, 16)), string(strconv.AppendInt(nil, 1<<40, 36)))
	q := strconv.AppendQuote(nil, "q")
	fmt.Println(string(q), len(q), cap(q))
	q = strconv.AppendQuote(make([]byte, 0, 100), "tab\there")
	fmt.Println(string(q), len(q), cap(q))
	q = strconv.AppendQuote([]byte("pre:"), "世界\n")
	fmt.Println(string(q), len(q), cap(q))
	for _, r := range []rune{'a', '\'', '"', '\n', '世', 0x7f, 0x10FFFF + 1, -1, '☺'} {
		fmt.Println(strconv.QuoteRune(r))
	}
}
