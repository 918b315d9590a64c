// String building with GOGC=off: += concatenation allocates a new string each
// time; strings.Builder grows like append; []byte(s) and string(b) copy;
// converting a small result that does not escape uses a stack buffer.
// gomem-env: GOGC=off
package main

import (
	"fmt"
	"runtime"
	"strings"
)

var sink string
var bsink []byte

var ms0, ms1 runtime.MemStats

// report prints the MemStats deltas between ms0 and ms1 and the size classes
// whose malloc count changed.
func report(name string) {
	fmt.Printf("%-10s mallocs=%d frees=%d total=%d objects=%d", name,
		ms1.Mallocs-ms0.Mallocs, ms1.Frees-ms0.Frees, ms1.TotalAlloc-ms0.TotalAlloc, ms1.HeapObjects-ms0.HeapObjects)
	for i := range ms1.BySize {
		if d := ms1.BySize[i].Mallocs - ms0.BySize[i].Mallocs; d != 0 {
			fmt.Printf(" [%d]x%d", ms1.BySize[i].Size, d)
		}
	}
	fmt.Println()
}
func count(b []byte) int {
	n := 0
	for _, c := range string(b) {
		if c == 'a' {
			n++
		}
	}
	return n
}

func main() {
	part := strings.Repeat("a", 10)
	runtime.ReadMemStats(&ms0)
	s := ""
	for i := 0; i < 20; i++ {
		s += part
	}
	sink = s
	runtime.ReadMemStats(&ms1)
	report("concat")
	runtime.ReadMemStats(&ms0)
	var b strings.Builder
	for i := 0; i < 20; i++ {
		b.WriteString(part)
	}
	sink = b.String()
	runtime.ReadMemStats(&ms1)
	report("builder")
	runtime.ReadMemStats(&ms0)
	bsink = []byte(sink)
	runtime.ReadMemStats(&ms1)
	report("[]byte(s)")
	runtime.ReadMemStats(&ms0)
	sink = string(bsink)
	runtime.ReadMemStats(&ms1)
	report("string(b)")
	small := []byte("aabba")
	runtime.ReadMemStats(&ms0)
	n := count(small)
	runtime.ReadMemStats(&ms1)
	report("no escape")
	runtime.ReadMemStats(&ms0)
	sink = part + part + part
	runtime.ReadMemStats(&ms1)
	report("a+b+c")
	runtime.ReadMemStats(&ms0)
	sink = strings.Repeat("xy", 100)
	runtime.ReadMemStats(&ms1)
	report("repeat")
	fmt.Println(len(sink), n)
}
