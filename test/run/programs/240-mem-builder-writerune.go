// strings.Builder.WriteRune of a non-ASCII rune grows the buffer to 2*cap+4
// when fewer than utf8.UTFMax bytes are free, not by append's growth.
// gomem-env: GOGC=off
package main

import (
	"fmt"
	"runtime"
	"strings"
)

var sink string
var ms0, ms1 runtime.MemStats

// report prints the MemStats deltas between ms0 and ms1 and the size classes
// whose malloc count changed.
func report(name string) {
	fmt.Printf("%-10s mallocs=%d total=%d", name, ms1.Mallocs-ms0.Mallocs, ms1.TotalAlloc-ms0.TotalAlloc)
	for i := range ms1.BySize {
		if d := ms1.BySize[i].Mallocs - ms0.BySize[i].Mallocs; d != 0 {
			fmt.Printf(" [%d]x%d", ms1.BySize[i].Size, d)
		}
	}
	fmt.Println()
}

func main() {
	runtime.ReadMemStats(&ms0)
	var b strings.Builder
	for i := 0; i < 20; i++ {
		b.WriteRune('世')
	}
	sink = b.String()
	runtime.ReadMemStats(&ms1)
	report("runes")
	runtime.ReadMemStats(&ms0)
	var c strings.Builder
	for i := 0; i < 40; i++ {
		c.WriteRune('a')
		c.WriteRune('é')
	}
	sink = c.String()
	runtime.ReadMemStats(&ms1)
	report("mixed")
	fmt.Println(len(sink), b.Len(), b.Cap(), c.Len(), c.Cap())
}
