// The extremes of the 64-bit integer types printed by println and strconv:
// exact digits past 2^53, MaxInt64 and MaxUint64 as the stores keep them.

package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	x := int64(math.MaxInt64)
	var u uint64 = math.MaxUint64
	println(x, u, int64(math.MinInt64))
	fmt.Println(strconv.Itoa(math.MaxInt64), strconv.FormatInt(math.MinInt64, 16), strconv.FormatUint(u, 10), strconv.FormatUint(1<<63, 2))
	fmt.Println(strconv.FormatInt(1<<62, 10), strconv.Itoa(-1<<62))
}
