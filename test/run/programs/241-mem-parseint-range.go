// ParseInt (and Atoi past its fast path) out of range makes two *NumErrors:
// ParseUint's own, dropped, and the one it returns.
// gomem-env: GOGC=off
package main

import (
	"fmt"
	"runtime"
	"strconv"
)

var err error
var ms0, ms1 runtime.MemStats

func report(name string) {
	fmt.Printf("%-10s mallocs=%d total=%d %v\n", name, ms1.Mallocs-ms0.Mallocs, ms1.TotalAlloc-ms0.TotalAlloc, err)
}

func main() {
	runtime.ReadMemStats(&ms0)
	_, err = strconv.ParseInt("99999999999999999999", 10, 64)
	runtime.ReadMemStats(&ms1)
	report("uint over")
	runtime.ReadMemStats(&ms0)
	_, err = strconv.ParseInt("9223372036854775808", 10, 64)
	runtime.ReadMemStats(&ms1)
	report("int over")
	runtime.ReadMemStats(&ms0)
	_, err = strconv.ParseInt("-300", 10, 8)
	runtime.ReadMemStats(&ms1)
	report("int8 over")
	runtime.ReadMemStats(&ms0)
	_, err = strconv.ParseInt("12x", 10, 64)
	runtime.ReadMemStats(&ms1)
	report("syntax")
	runtime.ReadMemStats(&ms0)
	_, err = strconv.Atoi("-99999999999999999999")
	runtime.ReadMemStats(&ms1)
	report("atoi over")
	runtime.ReadMemStats(&ms0)
	_, err = strconv.ParseUint("99999999999999999999", 10, 64)
	runtime.ReadMemStats(&ms1)
	report("uint")
}
