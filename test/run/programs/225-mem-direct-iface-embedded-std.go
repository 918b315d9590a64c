// Structs of one embedded std pointer (bytes.Buffer, strings.Builder, os.File) as io.Writers,
// and what method calls, method values, errors and Sprintf cost on structs held directly.
// gomem-env: GOGC=off

package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
)

type W struct{ *bytes.Buffer }
type SB struct{ *strings.Builder }
type Out struct{ *os.File }

type T struct{ n int }
type Pt struct{ p *T }

func (p Pt) Get() int { return p.p.n }

type G interface{ Get() int }

var ms runtime.MemStats
var sink interface{}

func measure(name string, f func()) {
	runtime.ReadMemStats(&ms)
	a, b := ms.Mallocs, ms.TotalAlloc
	f()
	runtime.ReadMemStats(&ms)
	fmt.Println(name, ms.Mallocs-a, ms.TotalAlloc-b)
}

type E struct{ msg *string }

func (e E) Error() string { return *e.msg }

func find(fail bool) error {
	m := "boom"
	if fail {
		return E{&m}
	}
	return nil
}

func main() {
	var w io.Writer = W{&bytes.Buffer{}}
	fmt.Fprintf(w, "x=%d", 3)
	fmt.Println(w.(W).String())
	var s io.Writer = SB{&strings.Builder{}}
	fmt.Fprint(s, "hello")
	fmt.Println(s.(SB).String(), s.(SB).Len())
	fmt.Fprintln(Out{os.Stdout}, "to stdout")
	t := &T{3}
	var g G = Pt{t}
	measure("call", func() { _ = g.Get() })
	measure("methodvalue", func() { sink = g.Get })
	measure("Pt.methodvalue", func() { sink = Pt{t}.Get })
	measure("convert G", func() { g = Pt{t} })
	measure("err", func() { sink = find(true) })
	measure("Sprintf", func() { sink = fmt.Sprintf("%v %+v", Pt{t}, Pt{nil}) })
	measure("Errorf", func() { sink = fmt.Errorf("w: %w", E{new(string)}) })
	measure("errors.Is", func() { _ = errors.Is(sink.(error), E{}) })
	err := find(true)
	var e E
	fmt.Println(err, errors.As(err, &e), e == err, err == E{e.msg}, err != nil)
	fmt.Println(find(false) == nil)
}
