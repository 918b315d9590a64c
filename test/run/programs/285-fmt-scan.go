// fmt's scanning: Sscan, Sscanln and Sscanf over every operand type, base
// prefixes, widths, quoted and hex strings, named types, and Go's errors
// (EOF, unexpected newline, expected integer, overflow, *strconv.NumError);
// Fscan and Fscanln over a strings.Reader (a RuneScanner) and a bufio.Reader.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

type Celsius float64

func main() {
	var a, b int
	var s string
	var f float64
	n, err := fmt.Sscan("12 -7\n hello 3.5", &a, &b, &s, &f)
	fmt.Println(n, err, a, b, s, f)
	n, err = fmt.Sscan("0x1F 0b101 0o17 017 1_000", &a, &b, &a, &b, &a)
	fmt.Println(n, err, a, b)
	var u8 uint8
	var i8 int8
	n, err = fmt.Sscan("300", &u8)
	fmt.Println(n, err, u8)
	n, err = fmt.Sscan("-129", &i8)
	fmt.Println(n, err, i8)
	n, err = fmt.Sscan("abc", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("99999999999999999999", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("5", &a, &b)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanln("1 2\n3", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("1\n2", &a, &b)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanln("1 2 3", &a, &b)
	fmt.Println(n, err)
	var t bool
	var c Celsius
	var bs []byte
	n, err = fmt.Sscan("true 21.5 bytes", &t, &c, &bs)
	fmt.Println(n, err, t, c, string(bs))
	n, err = fmt.Sscan("tru", &t)
	fmt.Println(n, err)
	var x, y int
	var name string
	n, err = fmt.Sscanf("pos=(3,4) name=bob", "pos=(%d,%d) name=%s", &x, &y, &name)
	fmt.Println(n, err, x, y, name)
	n, err = fmt.Sscanf("7 abc", "%d %d", &x, &y)
	fmt.Println(n, err, x)
	n, err = fmt.Sscanf("42", "%d %d", &x, &y)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("ff 11 \"q s\"", "%x %b %q", &x, &y, &name)
	fmt.Println(n, err, x, y, name)
	var r rune
	n, err = fmt.Sscanf("é!", "%c", &r)
	fmt.Println(n, err, string(r))
	n, err = fmt.Sscanf("12345", "%3d%d", &x, &y)
	fmt.Println(n, err, x, y)
	n, err = fmt.Sscan("1.5e3 0x1p-2 1.5p2 inf", &f, &f, &f, &f)
	fmt.Println(n, err, f)
	n, err = fmt.Sscan("1", a)
	fmt.Println(n, err)
	sr := strings.NewReader("10 20\n30")
	var p, q, z int
	n, err = fmt.Fscan(sr, &p, &q)
	fmt.Println(n, err, p, q, sr.Len())
	n, err = fmt.Fscanln(sr, &z)
	fmt.Println(n, err, z)
	in := bufio.NewReader(strings.NewReader("5\n1 2 3 4 5\n"))
	var k int
	fmt.Fscan(in, &k)
	sum := 0
	for i := 0; i < k; i++ {
		var v int
		fmt.Fscan(in, &v)
		sum += v
	}
	fmt.Println("sum", sum)
}
