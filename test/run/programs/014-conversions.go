// Conversions between strings, bytes and runes, and numbers with strconv:
// Itoa, Atoi errors, ParseInt with bases, FormatFloat, Quote, ParseBool.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	s := "Go语言"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(b), len(r), b[2], r[2], string(r[2:]), string(b[:2]))
	fmt.Println(strconv.Itoa(-45), strconv.Itoa(0))
	n, err := strconv.Atoi("123")
	fmt.Println(n, err)
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
	_, err = strconv.Atoi("99999999999999999999")
	fmt.Println(err)
	i, err := strconv.ParseInt("-ff", 16, 64)
	fmt.Println(i, err)
	u, err := strconv.ParseUint("777", 8, 16)
	fmt.Println(u, err)
	_, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(err)
	f, err := strconv.ParseFloat("3.25e2", 64)
	fmt.Println(f, err)
	fmt.Println(strconv.FormatFloat(1.0/3, 'f', 4, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(2.5, 'e', 3, 64))
	fmt.Println(strconv.FormatInt(-255, 2), strconv.FormatInt(255, 36), strconv.FormatUint(1<<63, 16))
	fmt.Println(strconv.Quote("hi\n\"there\"\t世"), strconv.QuoteToASCII("世"), strconv.QuoteRune('☺'))
	uq, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", uq, err)
	bv, err := strconv.ParseBool("true")
	fmt.Println(bv, err)
	_, err = strconv.ParseBool("yes")
	fmt.Println(err)
	fmt.Println(strconv.AppendInt([]byte("n="), 42, 10), string(strconv.AppendQuote(nil, "q")))
	fmt.Println(string(rune(0x10FFFF+1)) == "\uFFFD", int('A'), byte('z'), rune("é"[0]))
}
