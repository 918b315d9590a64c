// Devirtualized interface calls print as Go prints them after devirtualize.Func
// rewrote them: the concrete type's method expression on the asserted receiver.
package main

import "fmt"

type Getter interface{ Get() int }
type M struct{ m map[string]int }
type P struct{ n int }

func (m M) Get() int  { return m.m["k"] }
func (p *P) Get() int { return p.n }

func main() {
	var g Getter = M{map[string]int{"k": 1}}
	fmt.Println(g.Get())
	var h Getter = &P{2}
	fmt.Println(h.Get() + 1)
}
