// bufio's Scanner errors are its package variables (== comparable), and a split
// function's bufio.ErrFinalToken ends the scan with its token and no error.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 70000)))
	for sc.Scan() {
	}
	fmt.Println(sc.Err() == bufio.ErrTooLong, sc.Err())
	s2 := bufio.NewScanner(strings.NewReader("a,b,STOP,c"))
	s2.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		i := strings.IndexByte(string(data), ',')
		if i < 0 {
			if atEOF && len(data) > 0 {
				return len(data), data, nil
			}
			return 0, nil, nil
		}
		if string(data[:i]) == "STOP" {
			return i + 1, data[:i], bufio.ErrFinalToken
		}
		return i + 1, data[:i], nil
	})
	for s2.Scan() {
		fmt.Print(s2.Text(), ";")
	}
	fmt.Println(s2.Err())
	s3 := bufio.NewScanner(strings.NewReader("abc"))
	s3.Split(func(data []byte, atEOF bool) (int, []byte, error) { return -1, nil, nil })
	fmt.Println(s3.Scan(), s3.Err() == bufio.ErrNegativeAdvance, s3.Err())
}
