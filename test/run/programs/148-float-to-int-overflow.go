// Float to integer conversions that do not fit, which the spec leaves to the
// implementation, give what Go 1.19 on amd64 gives (the integer indefinite value).

package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{1e10, -1e10, 3.9, -3.9, 1e20, -1e20, math.NaN(), math.Inf(1), math.Inf(-1), 300.7, -300.7, 65535.9, 4294967296.5, -1}
	for _, v := range vals {
		fmt.Println(v, int(v), int64(v), int32(v), int16(v), int8(v), uint8(v), uint16(v), uint32(v))
	}
	for _, v := range []float64{3.9, 1e10, 1e19, -1} {
		fmt.Println(v, uint64(v), uint(v))
	}
	var f32 float32 = 1e10
	fmt.Println(int32(f32), int64(f32), uint8(f32))
}
