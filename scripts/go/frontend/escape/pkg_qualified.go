// Package-qualified calls as -m prints them: by name, except sync/atomic's once
// runtime is imported (runtime/internal/atomic then shares its name).
package main

import (
	"container/heap"
	"fmt"
	"math"
	"math/bits"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
	"runtime"
)

type H []int

func (h H) Len() int           { return len(h) }
func (h H) Less(i, j int) bool { return h[i] < h[j] }
func (h H) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *H) Push(x any)        { *h = append(*h, x.(int)) }
func (h *H) Pop() any          { return 0 }

func main() {
	var n int64
	h := &H{}
	heap.Init(h)
	fmt.Println(math.Sqrt(2), bits.Len(3), sort.SearchInts(nil, 1), strconv.Itoa(3), strings.Count("a", "a"), atomic.LoadInt64(&n), time.Now().Unix(), heap.Pop(h), runtime.NumGoroutine())
}
