// Calls run in source order: an assignment's left-side operands before its right
// side, a map literal's key before its value, append's slice before its values.

package main

import "fmt"

type P struct{ x, y int }

var gp = &P{}
var nid int

func k() string { fmt.Println("key"); return "k" }
func v() int    { fmt.Println("value"); return 1 }
func i() int    { fmt.Println("index"); return 0 }
func tr(s string) int { fmt.Println(s); return len(s) }
func sl() []int       { fmt.Println("slice"); return nil }
func pp() *P          { fmt.Println("p"); return gp }
func nextID() int     { nid++; return nid }

type U struct{ ID int; Name string }

func newUser(n string) U { return U{nextID(), n} }

func main() {
	m := map[string]int{}
	m[k()] = v()
	s := []int{0}
	s[i()] = v()
	m[k()] += v()
	pp().x = v()
	_ = map[int]int{tr("key"): tr("value")}
	_ = append(sl(), tr("elem"))
	users := map[int]U{}
	users[nextID()] = newUser("ann")
	users[nextID()] = newUser("bob")
	fmt.Println(users)
	counter := 1
	next := func() int { counter++; return counter + 1 }
	fmt.Println(map[string]int{"a": counter, "b": next()})
}
