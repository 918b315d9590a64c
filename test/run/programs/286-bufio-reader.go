// bufio.Reader's ReadLine (a \r\n split by the buffer's end, isPrefix), ReadBytes,
// Peek, UnreadByte/UnreadRune and their errors, the package's error values;
// fmt.Fscan leaving the rune after a token in a RuneScanner (bufio.Reader,
// strings.Reader) for the next read, as Go does.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"strings"
)

func main() {
	r := bufio.NewReaderSize(strings.NewReader("line one\r\nline two\nx"+strings.Repeat("y", 30)+"\r\nend"), 16)
	for {
		line, isPrefix, err := r.ReadLine()
		fmt.Printf("%q %v %v\n", line, isPrefix, err)
		if err != nil {
			break
		}
	}
	r2 := bufio.NewReader(strings.NewReader("héllo world, bye"))
	c, _ := r2.ReadByte()
	fmt.Println(c, r2.UnreadByte(), r2.UnreadByte())
	ch, size, _ := r2.ReadRune()
	ch, size, _ = r2.ReadRune()
	fmt.Println(string(ch), size, r2.UnreadRune(), r2.UnreadRune())
	b, err := r2.ReadBytes(',')
	fmt.Printf("%q %v\n", b, err)
	p, err := r2.Peek(3)
	fmt.Printf("%q %v\n", p, err)
	p, err = r2.Peek(100)
	fmt.Printf("%q %v %v\n", p, err, errors.Is(err, bufio.ErrBufferFull))
	rest, err := r2.ReadBytes('!')
	fmt.Printf("%q %v\n", rest, err)
	_, err = r2.Peek(-1)
	fmt.Println(err == bufio.ErrNegativeCount, err)
	r3 := bufio.NewReader(strings.NewReader("7 8\n9"))
	var a, bb, cc int
	fmt.Fscan(r3, &a, &bb)
	line, _ := r3.ReadString('\n')
	fmt.Printf("%d %d %q\n", a, bb, line)
	fmt.Fscan(r3, &cc)
	fmt.Println(cc)
	sr := strings.NewReader("ab")
	sr.ReadRune()
	fmt.Println(sr.UnreadRune(), sr.UnreadRune(), sr.UnreadByte(), sr.UnreadByte())
}
