// Within a statement gc makes every call before the loads a call could change
// (walk/order.go): fmt.Println(x, f()) prints the x that f set.

package main

import "fmt"

var gx = 1

type P struct{ v int }

func main() {
	x := 1
	f := func() int { x = 2; return 0 }
	fmt.Println(x, f())
	y := 1
	g := func() int { y = 2; return y }
	fmt.Println([]int{y, g(), y})
	h := func() int { gx++; return 10 }
	z := gx + h()
	fmt.Println(z, gx)
	p := &P{1}
	inc := func() int { p.v += 5; return 1 }
	w := p.v*100 + inc()
	fmt.Println(w)
	s := []int{1, 2, 3}
	set := func() int { s[0] = 9; return 0 }
	fmt.Println(s[0], set(), s[0])
	a := 1
	addr := &a
	bump := func() int { *addr = 7; return 1 }
	fmt.Println(a+bump(), a)
	c := 5
	c += func() int { c = 100; return 1 }()
	fmt.Println(c)
	m := map[string]int{"k": 1}
	mm := func() int { m["k"] = 50; return 0 }
	fmt.Println(m["k"], mm())
	ok := x == 2 && f() == 0
	fmt.Println(ok, fmt.Sprint(x, f()), len(fmt.Sprint(gx, h())))
}
