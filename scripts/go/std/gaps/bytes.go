// bytes: Buffer reads and the package functions.
package main

import (
	"bytes"
	"fmt"
	"io"
)

var sink *bytes.Buffer

func main() {
	var b bytes.Buffer
	b.WriteString("line one\nline two\nrest")
	p := make([]byte, 4)
	n, err := b.Read(p)
	fmt.Println(n, err, string(p[:n]), b.Len(), b.Cap())
	s, err := b.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	line, err := b.ReadBytes('\n')
	fmt.Printf("%q %v %d\n", line, err, cap(line))
	c, err := b.ReadByte()
	fmt.Println(c, err)
	fmt.Printf("%q\n", b.Next(2))
	fmt.Printf("%q %d\n", b.Next(100), b.Len())
	c, err = b.ReadByte()
	fmt.Println(c, err, err == io.EOF)
	n, err = b.Read(p)
	fmt.Println(n, err, err == io.EOF)
	n, err = b.Read(nil)
	fmt.Println(n, err)
	s, err = b.ReadString('x')
	fmt.Printf("%q %v\n", s, err == io.EOF)
	b.WriteString("abcdef")
	b.Truncate(3)
	fmt.Println(b.String(), b.Len())
	b.ReadByte()
	b.Truncate(1)
	fmt.Println(b.String())
	b.Truncate(0)
	fmt.Println(b.Len(), b.Cap())
	nb := bytes.NewBufferString("x")
	sink = nb // escapes, as in Go only then is []byte(s) a heap allocation of its size class
	fmt.Println(nb.Len(), nb.Cap())
	for i := 0; i < 100; i++ {
		nb.WriteByte('y')
	}
	fmt.Println(nb.Len(), nb.Cap())
	nb2 := bytes.NewBuffer(make([]byte, 3, 10))
	fmt.Println(nb2.Len(), nb2.Cap())
	fmt.Println(bytes.Contains([]byte("seafood"), []byte("foo")), bytes.Contains([]byte("x"), nil), bytes.Index([]byte("chicken"), []byte("ken")), bytes.Index([]byte("a"), []byte("b")))
	fmt.Println(bytes.IndexByte([]byte("golang"), 'l'), bytes.HasPrefix([]byte("golang"), []byte("go")), bytes.HasSuffix([]byte("golang"), []byte("ng")), bytes.Compare([]byte("a"), []byte("b")))
	f := bytes.Fields([]byte("  a bb\tccc\n "))
	fmt.Printf("%q %d %d\n", f, len(f), cap(f[0]))
	fmt.Printf("%q %v\n", bytes.Fields([]byte("   ")), bytes.Fields(nil) == nil)
	t := bytes.TrimSpace(append(make([]byte, 0, 20), "  t u  "...))
	fmt.Printf("%q %d %v\n", t, cap(t), bytes.TrimSpace([]byte("   ")) == nil)
	u := bytes.ToUpper([]byte("up"))
	fmt.Println(string(u), cap(u), string(bytes.ToUpper([]byte("UP"))), string(bytes.ToLower([]byte("ÀBC"))), string(bytes.ToUpper([]byte("héllo"))))
	j := bytes.Join([][]byte{[]byte("1"), []byte("2"), []byte("3")}, []byte(", "))
	fmt.Println(string(j), cap(j), bytes.Join(nil, []byte(",")) == nil, string(bytes.Join([][]byte{[]byte("solo")}, []byte(","))))
	defer func() { fmt.Println("recovered:", recover()) }()
	b.Truncate(5)
}
