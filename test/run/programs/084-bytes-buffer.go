// bytes.Buffer and the bytes package: writes, reads, growth, Fields, Equal,
// Contains, ToUpper, and fmt.Fprintf into a buffer.
package main

import (
	"bytes"
	"fmt"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	fmt.Fprintf(&buf, " %d-%s", 42, "x")
	fmt.Println(buf.String(), buf.Len())
	p := make([]byte, 5)
	n, err := buf.Read(p)
	fmt.Println(n, err, string(p), buf.Len())
	line, err := buf.ReadString('!')
	fmt.Printf("%q %v\n", line, err)
	rest, err := buf.ReadString('?')
	fmt.Printf("%q %v\n", rest, err)
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Contains([]byte("seafood"), []byte("foo")))
	fmt.Printf("%q\n", bytes.Fields([]byte(" a b  c ")))
	fmt.Println(string(bytes.ToUpper([]byte("up"))), bytes.Index([]byte("chicken"), []byte("ken")))
	fmt.Println(string(bytes.Join([][]byte{[]byte("1"), []byte("2")}, []byte(","))), string(bytes.TrimSpace([]byte("  t  "))))
	b := bytes.NewBufferString("x")
	for i := 0; i < 1000; i++ {
		b.WriteByte(byte('a' + i%26))
	}
	fmt.Println(b.Len(), b.String()[995:])
	buf.Reset()
	fmt.Println(buf.Len(), buf.String() == "")
}
