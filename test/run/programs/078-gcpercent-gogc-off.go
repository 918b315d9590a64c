// With GOGC=off in the environment SetGCPercent reports -1, and the default
// memory limit is math.MaxInt64 (SetMemoryLimit with a negative value only reads it).
// gomem-env: GOGC=off
package main

import (
	"fmt"
	"math"
	"runtime/debug"
)

func main() {
	fmt.Println(debug.SetGCPercent(-1))
	fmt.Println(debug.SetGCPercent(75))
	lim := debug.SetMemoryLimit(-1)
	fmt.Println(lim, lim == math.MaxInt64)
	fmt.Println(debug.SetMemoryLimit(64 << 20))
	fmt.Println(debug.SetMemoryLimit(-1))
}
