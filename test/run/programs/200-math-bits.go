// math's bit-level and special functions (Modf, Frexp, Ldexp, Float64bits…,
// Remainder, Dim, Expm1, Log1p, the inverse hyperbolics, Gamma) match Go's bits.

package main

import (
	"fmt"
	"math"
	"runtime"
)

func show(name string, v float64) {
	fmt.Printf("%s %v %b\n", name, v, v)
}

func main() {
	inf, nan := math.Inf(1), math.NaN()
	negz := math.Copysign(0, -1)
	vals := []float64{0, negz, 1, -1, 0.5, -2.5, 3.75, 1e-310, -1e-320, 5e-324, 1e300, 1 << 53, 1<<53 + 2, 123456789.987654321, math.MaxFloat64, math.SmallestNonzeroFloat64, 0.1, -0.7, 2.2250738585072014e-308, inf, -inf, nan}
	for _, v := range vals {
		i, f := math.Modf(v)
		fr, e := math.Frexp(v)
		fmt.Printf("modf(%v)=%v,%v frexp=%v,%d ldexp=%v %b\n", v, i, f, fr, e, math.Ldexp(fr, e), math.Ldexp(fr, e))
	}
	for _, c := range []struct {
		f float64
		e int
	}{{1, 1023}, {1, 1024}, {1, -1022}, {1, -1074}, {1, -1075}, {0.75, -1074}, {-0.5, -1075}, {1.5, -1076}, {3, 2000}, {-3, -2000}, {0.6, -1070}, {1e-310, 100}, {1e300, -2000}} {
		show(fmt.Sprint("ldexp", c.f, c.e), math.Ldexp(c.f, c.e))
	}
	fmt.Println(math.Float64bits(1), math.Float64bits(-2), math.Float64bits(inf), math.Float64bits(-inf), math.Float64bits(negz), math.Float64bits(0.5))
	fmt.Println(math.Float64frombits(0x3ff0000000000000), math.Float64frombits(0x7ff0000000000000), math.Float64frombits(1), math.Float64frombits(0x8000000000000000), math.Float64frombits(0x4000000000000000))
	fmt.Println(math.Float32bits(1), math.Float32bits(0.1), math.Float32bits(-0.1), math.Float32bits(float32(inf)), math.Float32bits(float32(math.Copysign(0, -1))), math.Float32bits(1e-45))
	fmt.Println(math.Float32frombits(0x3f800000), math.Float32frombits(1), math.Float32frombits(0x7f800000), math.Float32frombits(0xff7fffff), math.Float32frombits(0x3dcccccd))
	pairs := [][2]float64{{5, 3}, {-5, 3}, {5, -3}, {5.5, 2}, {6.5, 2}, {7.5, 2}, {-7.5, 2}, {1, 0}, {inf, 1}, {1, inf}, {3, 3}, {-3, 3}, {1e300, 1e-300}, {1e-310, 3e-310}, {math.MaxFloat64, 1.5}, {1, math.MaxFloat64}, {10, 0.1}, {nan, 1}}
	for _, p := range pairs {
		show(fmt.Sprint("rem", p), math.Remainder(p[0], p[1]))
		show(fmt.Sprint("dim", p), math.Dim(p[0], p[1]))
	}
	show("dim-inf", math.Dim(inf, inf))
	show("dim-neg", math.Dim(-inf, -inf))
	args := []float64{0, negz, 1e-20, -1e-20, 1e-9, 0.1, -0.1, 0.25, -0.3, 0.34, 0.35, 0.5, -0.5, 0.7, 0.9, 0.99, -0.99, 1, -1, 1.0001, 1.5, 2, 2.5, 3, 10, 20, 30, 37, 38.9, 40, 100, 500, 709, 709.8, 710, -40, -745, 1e10, 3e8, 1e20, 1e300, inf, -inf, nan}
	for _, x := range args {
		show(fmt.Sprint("expm1 ", x), math.Expm1(x))
		show(fmt.Sprint("log1p ", x), math.Log1p(x))
		show(fmt.Sprint("asinh ", x), math.Asinh(x))
		show(fmt.Sprint("acosh ", x), math.Acosh(x))
		show(fmt.Sprint("atanh ", x), math.Atanh(x))
	}
	for _, x := range []float64{-0.9999, -0.5, 0.4, 0.49999, 0.6, 0.99999999, 1e-10, -3e-5} {
		show(fmt.Sprint("atanh ", x), math.Atanh(x))
		show(fmt.Sprint("log1p ", x), math.Log1p(x))
	}
	for _, x := range []float64{1e-12, 1.234e-7, 3e-3, 1.7, 2.0000001, 5, 12345.678, 268435455, 268435457, 1e15, 0.7071067811865476 * (1 << 30), 0.7071067811865476 * (1 << 40), 1.4142135623730951 * (1 << 29), 3.5, 2.75, 0.30000000000000004} {
		show(fmt.Sprint("asinh ", x), math.Asinh(x))
		show(fmt.Sprint("acosh ", x), math.Acosh(x))
	}
	gam := []float64{0, negz, 1, 2, 3, 4, 5, 0.5, 1.5, -0.5, -1.5, 2.5, 10, 20.5, 33, 33.5, 34, 50, 100.5, 143, 150, 170.5, 171, 171.7, 172, 200, 250, -1, -2, -33.5, -34.5, -50.25, -100.5, -170.5, -171.5, -180.5, -200.5, 1e-10, -1e-10, 1e-300, 0.999999, 2.000001, 1e300, inf, -inf, nan}
	for _, x := range gam {
		show(fmt.Sprint("gamma ", x), math.Gamma(x))
	}
	var m1, m2 runtime.MemStats
	runtime.ReadMemStats(&m1)
	s := 0.0
	for i := 0; i < 100; i++ {
		x := float64(i) / 7
		a, b := math.Modf(x)
		c, e := math.Frexp(x)
		s += a + b + c + float64(e) + math.Ldexp(x, e) + math.Gamma(x) + math.Expm1(x) + math.Asinh(x) + math.Remainder(x, 3)
	}
	runtime.ReadMemStats(&m2)
	fmt.Println(s, m2.Mallocs-m1.Mallocs, m2.TotalAlloc-m1.TotalAlloc)
}
