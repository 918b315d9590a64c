// Package-level declarations with blank names: each is checked, and each blank
// variable is initialised in dependency order like any other, so its
// initialiser's side effects happen before main (and an import used only there
// is used: os here). The interface assertion idiom `var _ I = (*T)(nil)` among
// them. `var _, y = trace("d"), trace(later)` is two initializations, so "d"
// runs before y's dependencies.
package main

import (
	"fmt"
	"os"
	"strings"
)

type I interface{ M() string }
type T struct{ n int }

func (t *T) M() string { return fmt.Sprint("T", t.n) }

var _ I = (*T)(nil)
var _ = trace("a")
var x, _ = trace("b"), trace("c")
var _, y = trace("d"), trace(later)
var _ int
var _ = strings.ToUpper("unused upper")
var _ = &T{n: 1}
var _ = os.Args

const _ = 1 << 3

var later = fmt.Sprint("e", z)
var z = trace("z")

var calls []string

func trace(s string) int {
	calls = append(calls, s)
	return len(s)
}

func main() {
	fmt.Println(strings.Join(calls, " "), x, y, z, later)
	var i I = &T{n: 2}
	fmt.Println(i.M())
}
