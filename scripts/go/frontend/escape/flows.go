// Parameter leaks with levels, results, closures, loops and sizes.
package main

type Node struct {
	next *Node
	val  *int
}

func first(n *Node) *int { return n.val }

func deref(pp **int) *int { return *pp }

func content(pp **int) { global = *pp }

var global *int

func keep(n *Node) *Node { return n }

func pair(a, b *int) (x, y *int) { return b, a }

func byValue() func() int {
	x := 1
	return func() int { return x }
}

func byRef() func() int {
	x := 1
	return func() int { x++; return x }
}

func loop() {
	var last *int
	for i := 0; i < 3; i++ {
		v := i
		last = &v
	}
	_ = last
}

func sizes(n int) {
	var big [11 << 20]byte
	big[0] = 1
	p := new([70000]byte)
	p[0] = 1
	s := make([]byte, n)
	t := make([]byte, 100)
	u := make([]byte, 70000)
	_, _, _ = s, t, u
}

func strs(b []byte, s string) string {
	x := string(b)
	y := []byte(s)
	_ = y
	return x + s
}

func local() int {
	n := &Node{}
	m := &Node{next: n}
	return *m.next.val
}

func main() {
	a, b := 1, 2
	n := &Node{val: &a}
	_ = first(n)
	pa := &b
	_ = deref(&pa)
	content(&pa)
	_ = keep(n)
	_, _ = pair(&a, &b)
	_ = byValue()()
	_ = byRef()()
	loop()
	sizes(3)
	_ = strs([]byte("ab"), "cd")
	_ = local()
}
