// fmt and errors.As find the methods of types inside a value (a struct's
// time.Duration field, a **strconv.NumError target), as Go's type tables give them.

package main

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"time"
)

type Job struct {
	Name    string
	Timeout time.Duration
}

type W struct {
	Buf *bytes.Buffer
	N   int
}

func main() {
	fmt.Println(Job{"build", 5 * time.Second})
	fmt.Println([]time.Duration{time.Second})
	fmt.Println(map[string]time.Duration{"a": time.Millisecond})
	var b bytes.Buffer
	b.WriteString("content")
	fmt.Println(W{&b, 1})
	for _, s := range []string{"42", "abc"} {
		n, err := strconv.Atoi(s)
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Println("bad number:", ne.Num)
			continue
		}
		fmt.Println("ok", n)
	}
}
