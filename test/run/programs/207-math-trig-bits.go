// Sin, Cos, Tan (with Payne–Hanek reduction for huge arguments), Asin, Acos,
// Atan, Atan2, Sinh, Cosh, Tanh, Cbrt and Hypot give Go's bits on amd64.
package main

import (
	"fmt"
	"math"
)

var seed uint32 = 20719

func next() float64 {
	seed = seed*1103515245 + 12345
	return float64(seed>>8) / (1 << 24)
}

// mant is a significand in [1, 3) with about 53 random bits.
func mant() float64 {
	return 1 + next() + next()/(1<<24) + next()/(1<<48)
}

func sgn() float64 {
	if next() < 0.5 {
		return -1
	}
	return 1
}

func input(i int) float64 {
	switch i % 8 {
	case 0:
		return (next() - 0.5) * 20
	case 1:
		return sgn() * math.Ldexp(mant(), int(next()*2098)-1075)
	case 2:
		x := float64(int(next()*64)-32) * math.Pi / 4
		return x + x*(next()-0.5)*math.Ldexp(1, -int(next()*55))
	case 3:
		return sgn() * (1 - next()*math.Ldexp(1, -int(next()*54)))
	case 4:
		return sgn() * math.Ldexp(mant(), 29+int(next()*995))
	case 5:
		return sgn() * math.Ldexp(mant(), int(next()*40)-20)
	case 6:
		return sgn() * next() * 30
	default:
		return next()*2 - 1
	}
}

func main() {
	special := []float64{
		0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(),
		math.SmallestNonzeroFloat64, -1e-310, 1e-300, 0x1p-30, 1e-8,
		1, -1, 0.5, 0.625, 0.66, 0.7, 2.414213562373095, 21, 21.5, 44.5,
		1 - 0x1p-53, -(1 - 1e-10), 1 + 0x1p-52, math.Pi / 4, math.Pi / 2, math.Pi, 3 * math.Pi / 4, 2 * math.Pi,
		1 << 29, 1<<29 - 0.5, 1e10, 1e22, 1 << 60, -(1 << 60), 0x1p1023, math.MaxFloat64,
		355, 103993, 6381956970095103 * 0x1p797, 710, -710, 1e15,
	}
	xs := append([]float64{}, special...)
	for i := len(xs); i < 160; i++ {
		xs = append(xs, input(i))
	}
	for i, x := range xs {
		y := input(i + 3)
		fmt.Printf("%d %b: %b %b %b %b %b %b\n", i, x, math.Sin(x), math.Cos(x), math.Tan(x), math.Asin(x), math.Acos(x), math.Atan(x))
		fmt.Printf("%d %b: %b %b %b %b %b %b %b\n", i, y, math.Atan2(x, y), math.Atan2(x, x*(y+1)), math.Sinh(x), math.Cosh(x), math.Tanh(x), math.Cbrt(x), math.Hypot(x, y))
	}
	edges := []float64{0, math.Copysign(0, -1), 1, -1, math.Inf(1), math.Inf(-1), math.NaN()}
	for _, y := range edges {
		for _, x := range edges {
			fmt.Printf("%v ", math.Atan2(y, x))
		}
		fmt.Printf("| %v %v\n", math.Hypot(y, 3), math.Hypot(math.NaN(), y))
	}
	fmt.Println(math.Sin(1), math.Cos(1), math.Tan(1), math.Asin(0.5), math.Acos(0.5), math.Atan(1))
	fmt.Println(math.Sinh(1), math.Cosh(1), math.Tanh(0.5), math.Cbrt(2), math.Hypot(3, 4), math.Atan2(1, 2))
	fmt.Println(math.Sin(1e22), math.Cos(1e22), math.Tan(1e22), math.Sin(math.Pi), math.Cos(math.Pi/2))
}
