// Which variables a closure captures by reference: those reassigned after the capture, a range statement's (the loop assigns them on every iteration), those whose address is taken, and those over 128 bytes.
package main

var sink []func() string
var isink []func() int

type big struct{ a [17]int64 }

func rangeSlice() {
	for i, s := range []string{"a", "b", "c"} {
		sink = append(sink, func() string { return s })
		isink = append(isink, func() int { return i })
	}
}

func rangeArray() {
	for i, v := range [3]int{1, 2, 3} {
		isink = append(isink, func() int { return i + v })
	}
}

func rangeString() {
	for i, r := range "héllo" {
		isink = append(isink, func() int { return i + int(r) })
	}
}

func rangeMap(m map[string]int) {
	for k, v := range m {
		sink = append(sink, func() string { return k })
		isink = append(isink, func() int { return v })
	}
}

func rangeChan(c chan int) {
	for v := range c {
		isink = append(isink, func() int { return v })
	}
}

func rangeAssign(xs []int) {
	var i, v int
	for i, v = range xs {
	}
	isink = append(isink, func() int { return i + v })
}

func rangeLocal(xs []int) int {
	s := 0
	for _, v := range xs {
		f := func() int { return v }
		s += f()
	}
	return s
}

func rangeBodyVar(xs []int) {
	for _, v := range xs {
		w := v
		isink = append(isink, func() int { return w })
	}
}

func rangeReassigned(xs []int) {
	for _, v := range xs {
		v *= 2
		isink = append(isink, func() int { return v })
	}
}

func rangeNested(xss [][]int) {
	for i := 0; i < len(xss); i++ {
		for _, v := range xss[i] {
			isink = append(isink, func() int { return v })
		}
	}
}

func rangeInClosure(xs []int) func() {
	return func() {
		for _, v := range xs {
			isink = append(isink, func() int { return v })
		}
	}
}

func rangeAddr(xs []int) *int {
	var p *int
	for _, v := range xs {
		p = &v
	}
	return p
}

func rangeAddrLocal(xs []int) int {
	var p *int
	for _, v := range xs {
		p = &v
	}
	return *p
}

func counter() {
	for i := 0; i < 3; i++ {
		isink = append(isink, func() int { return i })
	}
}

func beforeCapture() func() int {
	x := 1
	x = 2
	x += 3
	x++
	return func() int { return x }
}

func loopBeforeCapture() func() int {
	x := 1
	for i := 0; i < 3; i++ {
		x = i
	}
	return func() int { return x }
}

func reassignInLoop() {
	x := 0
	for i := 0; i < 3; i++ {
		x = i
		isink = append(isink, func() int { return x })
	}
}

func afterCapture() func() int {
	x := 1
	f := func() int { return x }
	x = 2
	return f
}

func opAssignAfter() func() int {
	x := 1
	f := func() int { return x }
	x += 2
	return f
}

func incAfter() func() int {
	x := 1
	f := func() int { return x }
	x++
	return f
}

func addrTaken() func() int {
	x := 1
	p := &x
	_ = p
	return func() int { return x }
}

func assignInClosure() func() int {
	x := 1
	g := func() { x = 2 }
	g()
	return func() int { return x }
}

func incInClosure() func() int {
	x := 1
	return func() int {
		x++
		return x
	}
}

func large() func() int64 {
	b := big{}
	return func() int64 { return b.a[0] }
}

func rangeLarge(bs []big) {
	for _, b := range bs {
		isink = append(isink, func() int { return int(b.a[1]) })
	}
}

func rangeGo(xs []int, done chan int) {
	for _, v := range xs {
		go func() { done <- v }()
	}
}

func rangeDefer(xs []int) (n int) {
	for _, v := range xs {
		defer func() { n += v }()
	}
	return
}

func main() {
	rangeSlice()
	rangeArray()
	rangeString()
	rangeMap(map[string]int{"a": 1})
	c := make(chan int)
	close(c)
	rangeChan(c)
	rangeAssign([]int{1})
	rangeLocal([]int{1})
	rangeBodyVar([]int{1})
	rangeReassigned([]int{1})
	rangeNested([][]int{{1}})
	rangeInClosure([]int{1})()
	rangeAddr([]int{1})
	rangeAddrLocal([]int{1})
	counter()
	beforeCapture()
	loopBeforeCapture()
	reassignInLoop()
	afterCapture()
	opAssignAfter()
	incAfter()
	addrTaken()
	assignInClosure()
	incInClosure()
	large()
	rangeLarge(nil)
	rangeGo(nil, nil)
	rangeDefer(nil)
}
