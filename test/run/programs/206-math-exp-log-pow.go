// Exp, Log, Exp2, Log2, Log10 and Pow give Go's bits on amd64 (Exp and Log are
// assembly there, Exp with fused multiply-adds), over inputs of every magnitude.
package main

import (
	"fmt"
	"math"
)

var seed uint32 = 12345

func next() float64 {
	seed = seed*1103515245 + 12345
	return float64(seed>>8) / (1 << 24)
}

func main() {
	for i := 0; i < 60; i++ {
		a := (next() - 0.5) * 1400
		b := next() * math.Pow(10, float64(int(next()*40)-20))
		fmt.Printf("%d %b %b %b %b\n", i, math.Exp(a/2), math.Exp(next()*4-2), math.Exp2(a*1.5), math.Exp2(next()*8-4))
		fmt.Printf("%d %b %b %b\n", i, math.Log(b), math.Log2(b), math.Log10(b))
		x := next()*20 - 10
		y := next()*16 - 8
		fmt.Printf("%d %b %b %b %b\n", i, math.Pow(x, float64(int(y))), math.Pow(math.Abs(x), y), math.Pow(b, 0.5), math.Pow(10, float64(int(y*3))))
	}
	fmt.Println(math.Pow(10, -4), math.Exp(1), math.Log(10), math.Log2(8), math.Log10(1000), math.Log10(0.001))
	fmt.Println(math.Exp(-745.2), math.Exp(709.78), math.Exp(710), math.Log(-1), math.Log(0), math.Pow(-8, 1.0/3))
	fmt.Println(math.Exp2(-1074), math.Exp2(1023.5), math.Log(math.SmallestNonzeroFloat64), math.Pow(2, -1074), math.Pow(0, -1))
}
