// Floating point: arithmetic, float32 rounding, division by zero, NaN and Inf,
// conversions to integers and math functions, printed with Println and Printf.
package main

import (
	"fmt"
	"math"
)

func main() {
	x, y := 1.5, 0.1
	fmt.Println(x+y, x*y, x/y, x-y)
	fmt.Println(0.1+0.2, 1e21, 1e20, 1e-7, 123456789.0)
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32), f32*3)
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero, math.IsNaN(zero/zero))
	f1, f2, f3 := 3.99, -3.99, 200.5
	fmt.Println(int(f1), int(f2), int64(1e18), uint8(f3))
	fmt.Println(math.Sqrt(2), math.Floor(-2.5), math.Ceil(2.1), math.Trunc(-2.7), math.Abs(-3))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Pow(2, 10), math.Mod(7, 3), math.Inf(1))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32, math.Pi)
	fmt.Printf("%f %.2f %8.3f %-8.1f| %e %E %g %G\n", math.Pi, math.Pi, math.Pi, math.Pi, 123456.789, 0.000123, 1e-10, 2.5e30)
	fmt.Printf("%v %v %v %v\n", 100.0, 1e6, 1e21, float32(1)/3)
	fmt.Printf("%6.2f|%-6.2f|%+.1f|%06.2f\n", 3.14159, 2.5, 3.0, -1.5)
}
