// Go's memory management at work, in one program: size classes, slice and
// map growth, escape analysis, goroutines and channels, a sync.Pool and
// enough garbage for several collections. `npm start` runs it as
//
//	GODEBUG=gctrace=1 gomem run examples/showcase.go
//
// (a gctrace line on stderr per collection), and
//
//	gomem build -m examples/showcase.go
//
// prints what escape analysis decided for each value marked "-m:" below.
// Everything it prints is deterministic except the timings.
package main

import (
	"fmt"
	"runtime"
	"strconv"
	"sync"
)

// A record is 56 bytes with pointers: a 64-byte slot the collector scans.
type record struct {
	id   int
	name string
	tags []string
	next *record
}

type point struct{ x, y int }

// -m: "p does not escape": the caller's point stays in its frame.
func dist(p *point) int { return p.x*p.x + p.y*p.y }

// -m: "moved to heap: p": p outlives the call, so it is allocated.
func newPoint(x, y int) *point {
	p := point{x, y}
	return &p
}

// Scratch buffers reused across calls instead of allocated each time.
var bufs = sync.Pool{New: func() any { b := make([]byte, 0, 256); return &b }}

func label(r *record) string {
	bp := bufs.Get().(*[]byte)
	b := append((*bp)[:0], r.name...)
	for _, t := range r.tags {
		b = append(append(b, ' '), t...)
	}
	s := string(b) // the only allocation: the string's bytes
	*bp = b
	bufs.Put(bp)
	return s
}

// churn allocates n records linked in order, keeping only the last `live`
// reachable: the rest is garbage for the collector.
func churn(id, n, live int) int {
	ring := make([]*record, live)
	total := 0
	for i := 0; i < n; i++ {
		r := &record{id: i, name: "rec-" + strconv.Itoa(i), tags: []string{"w" + strconv.Itoa(id), "go"}}
		if prev := ring[(i+live-1)%live]; prev != nil {
			prev.next = r // a record the ring drops is reachable from nothing
		}
		ring[i%live] = r
		total += len(label(r))
	}
	return total
}

func main() {
	fmt.Println("size classes: append rounds a capacity up to its class")
	for _, n := range []int{5, 24, 500, 3000, 20000, 40000} {
		b := append([]byte(nil), make([]byte, n)...)
		fmt.Printf("  %5d bytes -> cap %5d\n", n, cap(b))
	}

	var xs []int
	caps := []int{}
	for i := 0; i < 5000; i++ {
		if len(xs) == cap(xs) {
			caps = append(caps, cap(xs))
		}
		xs = append(xs, i)
	}
	fmt.Println("slice growth (cap before each reallocation):", caps)

	m := map[int]string{}
	for i := 0; i < 20000; i++ {
		m[i] = strconv.Itoa(i)
	}
	fmt.Println("map entries:", len(m), "m[12345] =", m[12345])

	local := point{3, 4}  // stays on the stack
	far := newPoint(6, 8) // on the heap
	fmt.Println("dist:", dist(&local), dist(far))

	jobs := make(chan int)
	results := make(chan int, 4)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(id int) { // -m: "func literal escapes to heap"
			defer wg.Done()
			for n := range jobs {
				results <- churn(id, n, 500)
			}
		}(w)
	}
	go func() {
		for i := 0; i < 8; i++ {
			jobs <- 25000
		}
		close(jobs)
	}()
	go func() { wg.Wait(); close(results) }()
	total := 0
	for r := range results {
		total += r
	}
	fmt.Println("workers built 200000 records, label bytes:", total)

	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("MemStats:")
	fmt.Printf("  HeapAlloc    %8d KB  live heap now\n", ms.HeapAlloc>>10)
	fmt.Printf("  TotalAlloc   %8d KB  allocated since start\n", ms.TotalAlloc>>10)
	fmt.Printf("  Mallocs      %8d\n", ms.Mallocs)
	fmt.Printf("  Frees        %8d\n", ms.Frees)
	fmt.Printf("  NumGC        %8d\n", ms.NumGC)
	fmt.Printf("  PauseTotalNs %8d\n", ms.PauseTotalNs)
	fmt.Printf("  StackInuse   %8d KB\n", ms.StackInuse>>10)
}
