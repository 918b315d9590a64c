// Go gotchas as Go runs them: a typed nil pointer in an error is not nil,
// value receivers change a copy, arrays are values and slices are not,
// pointers to slice elements, integer division and wrapping, shifts past the
// width, shadowing, closures over per-iteration copies, type assertions.
package main

import "fmt"

type MyErr struct{ msg string }

func (e *MyErr) Error() string { return e.msg }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p
}

type Counter struct{ n int }

func (c Counter) IncValue()    { c.n++ }
func (c *Counter) IncPointer() { c.n++ }
func (c Counter) Get() int     { return c.n }

type Vec [3]float64

func (v Vec) Scale(k float64) Vec {
	for i := range v {
		v[i] *= k
	}
	return v
}

func modify(arr [3]int, sl []int) {
	arr[0] = 100
	sl[0] = 100
}

func main() {
	e1 := mayFail(false)
	e2 := mayFail(true)
	fmt.Println(e1 == nil, e2 == nil, e2)
	var c Counter
	c.IncValue()
	c.IncPointer()
	c.IncPointer()
	fmt.Println(c.Get(), Counter.Get(c), (*Counter).Get(&c))
	inc := (*Counter).IncPointer
	inc(&c)
	fmt.Println(c.n)
	v := Vec{1, 2, 3}
	w := v.Scale(2)
	fmt.Println(v, w)
	arr := [3]int{1, 2, 3}
	sl := []int{1, 2, 3}
	modify(arr, sl)
	fmt.Println(arr, sl)
	s := []int{10, 20, 30}
	ptrs := []*int{}
	for i := range s {
		ptrs = append(ptrs, &s[i])
	}
	*ptrs[1] = 99
	fmt.Println(s, *ptrs[0], *ptrs[2])
	m := map[string][]int{}
	m["a"] = append(m["a"], 1)
	m["a"] = append(m["a"], 2)
	m["b"] = nil
	fmt.Println(m, len(m["zz"]), m["b"] == nil)
	var nm map[string]int
	fmt.Println(len(nm), nm["x"])
	b := make([]byte, 3)
	n := copy(b, "hello")
	fmt.Println(n, string(b), b)
	fmt.Println(-7/2, -7%2, 7/-2, 7%-2)
	var u8 uint8 = 250
	u8 += 10
	var i8 int8 = 127
	i8++
	fmt.Println(u8, i8, ^u8, -i8)
	var x uint32 = 1
	fmt.Println(x<<31, x<<32, int64(1)<<62, uint64(1)<<63>>62)
	k := 3
	fmt.Println(1<<k, -8>>1, uint(8)>>k)
	a1, a2 := 1, 2
	a1, a2 = a2, a1
	type pair struct{ x, y int }
	p := pair{1, 2}
	p.x, p.y = p.y, p.x
	fmt.Println(a1, a2, p)
	if v := 5; v > 3 {
		v := v * 2
		fmt.Println("inner", v)
	} else if v < 0 {
		fmt.Println("neg")
	}
	switch y := 4; y {
	case 1, 2, 3:
		fmt.Println("small")
	case 4:
		fmt.Println("four")
	}
	funcs := map[string]func() string{}
	for _, name := range []string{"a", "b"} {
		name := name
		funcs[name] = func() string { return name + name }
	}
	fmt.Println(funcs["a"](), funcs["b"]())
	total := 0
	add := func(xs ...int) {
		for _, x := range xs {
			total += x
		}
	}
	add(1, 2)
	add(s...)
	add()
	fmt.Println(total)
	var iface interface{} = c
	if cc, ok := iface.(Counter); ok {
		fmt.Println("counter", cc.n)
	}
	if _, ok := iface.(fmt.Stringer); !ok {
		fmt.Println("not a stringer")
	}
	fmt.Printf("%T %T %T\n", iface, &c, e2)
}
