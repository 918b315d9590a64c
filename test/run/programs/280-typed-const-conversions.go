// Typed constants: a conversion of a typed constant is a constant, a local
// constant may be a conversion, and float32 constants round to float32.
package main

import "fmt"

type D int64

const a int8 = 5
const b = int16(a) * 1000
const s D = 3
const ms = int64(s) * 1000
const f = float64(a) / 2
const c = float32(16777217)

func main() {
	fmt.Println(b, ms, f, c, int64(c), int(float32(16777217)))
	const d = float32(0.1)
	const k = int8(1)
	fmt.Println(float64(d), d*3 == 0.3, float64(d*3), float32(0.1) == 0.1, int(k))
	x := 16777217
	fmt.Println(int(float32(x)), float32(x) == c)
	var arr [int(k) + 2]int
	fmt.Println(len(arr))
}
