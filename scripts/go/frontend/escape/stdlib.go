// Standard library calls that memory programs make: their escape behaviour comes from the stubs.
package main

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

type item struct{ k int; v *string }

func main() {
	start := time.Now()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	debug.SetGCPercent(50)
	var buf bytes.Buffer
	buf.WriteString("x")
	xs := []int{3, 1, 2}
	sort.Ints(xs)
	items := make([]item, 0, 10)
	sort.Slice(items, func(i, j int) bool { return items[i].k < items[j].k })
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			mu.Lock()
			total += n
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	s := strings.Repeat("a", 3) + strconv.Itoa(total)
	fmt.Println(len(os.Args), math.Sqrt(2), s, buf.Len(), ms.HeapAlloc, time.Since(start) > time.Second, runtime.GOARCH)
}
