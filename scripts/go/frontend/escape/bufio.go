// bufio over io.Readers and io.Writers: a Writer in front of os.Stdout and in
// front of a program's own Writer (flushes counted), Scanners splitting lines
// (\r\n dropped), words, runes and a custom split, a token longer than the
// maximum (ErrTooLong) and one that fits a larger Buffer, and a Reader's
// ReadString across a small buffer, ReadByte and ReadRune to EOF.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

type upper struct{ n int }

func (u *upper) Write(p []byte) (int, error) {
	u.n++
	os.Stdout.WriteString(strings.ToUpper(string(p)))
	return len(p), nil
}

func main() {
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "hello %d\n", 42)
	w.WriteString("second line\n")
	w.WriteByte('x')
	w.WriteRune('é')
	w.WriteRune('\n')
	fmt.Println("buffered", w.Buffered(), w.Available(), w.Size())
	w.Flush()

	u := &upper{}
	uw := bufio.NewWriterSize(u, 16)
	for i := 0; i < 5; i++ {
		fmt.Fprintf(uw, "line %d; ", i)
	}
	uw.Flush()
	fmt.Println("\nwrites", u.n)

	sc := bufio.NewScanner(strings.NewReader("alpha beta\ngamma\r\n\ndelta"))
	for sc.Scan() {
		fmt.Printf("%q\n", sc.Text())
	}
	fmt.Println("err", sc.Err())

	ws := bufio.NewScanner(strings.NewReader("  one two\tthree\n four  "))
	ws.Split(bufio.ScanWords)
	n := 0
	for ws.Scan() {
		n++
		fmt.Print(ws.Text(), "|")
	}
	fmt.Println(n)

	rs := bufio.NewScanner(strings.NewReader("héllo"))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		fmt.Print(rs.Text(), ".")
	}
	fmt.Println()

	long := strings.Repeat("z", 70000)
	ls := bufio.NewScanner(strings.NewReader(long + "\nafter"))
	for ls.Scan() {
		fmt.Println(len(ls.Text()))
	}
	fmt.Println("long err", ls.Err())

	bs := bufio.NewScanner(strings.NewReader(long + "\nafter"))
	bs.Buffer(make([]byte, 100), 100000)
	for bs.Scan() {
		fmt.Println(len(bs.Bytes()))
	}

	cs := bufio.NewScanner(strings.NewReader("1,2,3"))
	cs.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		for i, b := range data {
			if b == ',' {
				return i + 1, data[:i], nil
			}
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	})
	for cs.Scan() {
		fmt.Print("[", cs.Text(), "]")
	}
	fmt.Println()

	r := bufio.NewReader(strings.NewReader("first line\nsecond ünïcode\nlast"))
	for {
		line, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err != nil {
			break
		}
	}
	r2 := bufio.NewReaderSize(strings.NewReader(strings.Repeat("ab", 20)+"\nq"), 16)
	line, err := r2.ReadString('\n')
	fmt.Println(len(line), err, r2.Size())
	c, err := r2.ReadByte()
	fmt.Println(c, err)
	_, err = r2.ReadByte()
	fmt.Println(err)
	r3 := bufio.NewReader(strings.NewReader("é!"))
	for {
		ch, size, err := r3.ReadRune()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Println(string(ch), size)
	}
}
