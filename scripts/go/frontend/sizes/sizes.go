// unsafe.Sizeof, Alignof and Offsetof of a table of types, as Go computes them on amd64.
package main

import (
	"fmt"
	"unsafe"
)

type Empty struct{}

type Small struct {
	a bool
	b int64
	c bool
}

type Packed struct {
	a, b bool
	c    int16
	d    int32
}

type TrailingZero struct {
	a int32
	z struct{}
}

type Mixed struct {
	s  string
	sl []int
	i  interface{}
	m  map[int]int
	c  chan int
	f  func()
	p  *int
	u  uintptr
	up unsafe.Pointer
	cx complex128
	c6 complex64
	ar [3]int16
	e  Empty
	f3 float32
}

type Embed struct {
	Small
	Packed
	x byte
}

func main() {
	var (
		b  bool
		i8 int8
		i  int
		f  float64
		s  string
		sl []byte
		e  Empty
		sm Small
		pk Packed
		tz TrailingZero
		mx Mixed
		em Embed
		a0 [0]int
		a7 [7]byte
		c  complex64
		fn func()
		ifc interface{}
	)
	fmt.Println("bool", unsafe.Sizeof(b), unsafe.Alignof(b))
	fmt.Println("int8", unsafe.Sizeof(i8), unsafe.Alignof(i8))
	fmt.Println("int", unsafe.Sizeof(i), unsafe.Alignof(i))
	fmt.Println("float64", unsafe.Sizeof(f), unsafe.Alignof(f))
	fmt.Println("string", unsafe.Sizeof(s), unsafe.Alignof(s))
	fmt.Println("[]byte", unsafe.Sizeof(sl), unsafe.Alignof(sl))
	fmt.Println("Empty", unsafe.Sizeof(e), unsafe.Alignof(e))
	fmt.Println("Small", unsafe.Sizeof(sm), unsafe.Alignof(sm), unsafe.Offsetof(sm.b), unsafe.Offsetof(sm.c))
	fmt.Println("Packed", unsafe.Sizeof(pk), unsafe.Alignof(pk), unsafe.Offsetof(pk.c), unsafe.Offsetof(pk.d))
	fmt.Println("TrailingZero", unsafe.Sizeof(tz), unsafe.Alignof(tz), unsafe.Offsetof(tz.z))
	fmt.Println("Mixed", unsafe.Sizeof(mx), unsafe.Alignof(mx), unsafe.Offsetof(mx.i), unsafe.Offsetof(mx.cx), unsafe.Offsetof(mx.c6), unsafe.Offsetof(mx.ar), unsafe.Offsetof(mx.e), unsafe.Offsetof(mx.f3))
	fmt.Println("Embed", unsafe.Sizeof(em), unsafe.Alignof(em), unsafe.Offsetof(em.Packed), unsafe.Offsetof(em.x), unsafe.Offsetof(em.d))
	fmt.Println("[0]int", unsafe.Sizeof(a0), unsafe.Alignof(a0))
	fmt.Println("[7]byte", unsafe.Sizeof(a7), unsafe.Alignof(a7))
	fmt.Println("complex64", unsafe.Sizeof(c), unsafe.Alignof(c))
	fmt.Println("func", unsafe.Sizeof(fn), unsafe.Alignof(fn))
	fmt.Println("interface", unsafe.Sizeof(ifc), unsafe.Alignof(ifc))
}
