// Complex numbers: arithmetic with Go's division (infinities, NaNs, signed
// zeros), complex64 rounding, conversions, complex/real/imag, print and fmt
// formats, and complex values in structs, arrays, slices, maps (NaN keys),
// interfaces, switches, closures, channels and op-assignments.
package main

import (
	"fmt"
	"math"
)

type P struct {
	a int8
	z complex64
	w complex128
}

var g complex128 = 3 - 4i
var g64 = complex64(g)

func mk(r, i float64) complex128 { return complex(r, i) }

func swap(c complex128) (complex128, float64) { return complex(imag(c), real(c)), real(c) }

const big = 1e300 + 1e300i

func main() {
	inf := math.Inf(1)
	nan := math.NaN()
	zero := 0.0
	vals := []complex128{0, 1, 1i, complex(inf, 0), complex(0, inf), complex(nan, 0), complex(inf, inf), complex(-zero, 0), 3 + 4i, -2.5 - 1e-3i, complex(1e308, 1e308)}
	for _, a := range vals {
		for _, b := range vals {
			q := a / b
			fmt.Println(a, "/", b, "=", q)
			println(a*b, a-b, a+b, a == b, a != b)
		}
	}
	var c64 complex64 = complex(float32(1)/3, float32(2)/7)
	d64 := c64 * c64 / (c64 + 1)
	fmt.Println(c64, d64, complex128(d64), complex64(complex128(c64)*3))
	fmt.Printf("%v %.3f %g %e %T %T\n", c64, d64, g, g64, c64, g)
	p := P{1, 2 + 3i, 4 - 5i}
	q := p
	q.z *= 2
	fmt.Println(p, q, p == q, p.z == q.z/2)
	arr := [3]complex64{1, 2i, 3}
	arr[1] += 1
	s := arr[:]
	s = append(s, 7+7i)
	fmt.Println(arr, s, len(s))
	m := map[complex128]string{1i: "i", 1: "one", complex(nan, 0): "nan"}
	m[complex(nan, 0)] = "nan2"
	fmt.Println(m[1i], m[1], len(m))
	m2 := map[string]complex64{}
	m2["x"] += 1 + 1i
	m2["x"] *= 2i
	fmt.Println(m2)
	var e interface{} = 1 + 2i
	var f interface{} = complex128(1 + 2i)
	fmt.Println(e == f, e)
	if v, ok := e.(complex128); ok {
		fmt.Println("asserted", v, real(v))
	}
	switch e.(type) {
	case complex64:
		fmt.Println("c64")
	case complex128:
		fmt.Println("c128")
	}
	switch x := mk(1, 2); x {
	case 1 + 2i:
		fmt.Println("case 1+2i")
	default:
		fmt.Println("default")
	}
	a, b := swap(g)
	fmt.Println(a, b, big, g64)
	fn := func() complex128 { g *= 1i; return g }
	fmt.Println(fn(), fn(), g)
	ch := make(chan complex64, 2)
	ch <- 5i
	go func() { ch <- complex64(g) }()
	fmt.Println(<-ch, <-ch)
	c := 1 + 1i
	c--
	c = -c
	println(c, real(c), imag(c), -c == c)
	x := 1.5
	z := complex(x, -x)
	println(z, complex(float32(x), 2))
	k := kconst
	var kk int = kconst
	println(k, kk, real(1), imag(7))
	fmt.Println(complex(inf, nan), complex(-inf, -0.0))
	println(complex(inf, nan), complex(-inf, zero*-1), complex(nan, -inf))
}

const kconst = real(3+4i) + imag(2i)

// heap keeps complex values in escaping structs across collections.
type cell struct {
	v    complex128
	next *cell
}

func heap() {
	var head *cell
	for i := 0; i < 2000; i++ {
		head = &cell{complex(float64(i), -float64(i)), head}
		if i%500 == 0 {
			buf := make([]complex64, 1000)
			buf[999] = complex64(head.v)
			_ = buf
		}
	}
	var sum complex128
	for c := head; c != nil; c = c.next {
		sum += c.v * 1i
	}
	fmt.Println(sum)
}

func init() { defer heap() }
