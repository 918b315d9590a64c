// fmt's own allocations: the first call takes a printer (pp, 208-byte class)
// from fmt's sync.Pool, making the pool's per-P array and the allPools slice;
// the pp's buffer grows by append piece by piece (each verb, padding,
// separator), padding replaces it by make(2*cap+n); wide integers need a
// temporary buffer (whose size uses the width and precision fmt keeps from
// earlier verbs); a buffer grown past 64 KiB is dropped with its printer; GCs
// empty the pool over two cycles. Sprintf adds its result string, Errorf its
// error. A Writer sees the printer's buffer with its capacity. Deltas are
// kept in arrays and printed at the end.
package main

import (
	"errors"
	"fmt"
	"os"
	"runtime"
)

var ms0, ms1 runtime.MemStats

type delta struct {
	name                           string
	mallocs, frees, total, objects int64
	n                              int
	classes                        [8]uint32
	counts                         [8]int64
}

var deltas [64]delta
var ndeltas int

func begin() { runtime.ReadMemStats(&ms0) }

func end(name string) {
	runtime.ReadMemStats(&ms1)
	d := &deltas[ndeltas]
	ndeltas++
	d.name = name
	d.mallocs = int64(ms1.Mallocs - ms0.Mallocs)
	d.frees = int64(ms1.Frees - ms0.Frees)
	d.total = int64(ms1.TotalAlloc - ms0.TotalAlloc)
	d.objects = int64(ms1.HeapObjects) - int64(ms0.HeapObjects)
	for i := range ms1.BySize {
		if c := int64(ms1.BySize[i].Mallocs - ms0.BySize[i].Mallocs); c != 0 && d.n < len(d.classes) {
			d.classes[d.n] = ms1.BySize[i].Size
			d.counts[d.n] = c
			d.n++
		}
	}
}

// capture is a Writer that notes the length and capacity of what it is given.
type capture struct{}

var lens, caps [32]int
var nw int

func (capture) Write(b []byte) (int, error) {
	lens[nw] = len(b)
	caps[nw] = cap(b)
	nw++
	return len(b), nil
}

var w = capture{}
var sink any
var serr error
var str string
var long = "0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz"
var bs = []byte("gomem")

type point struct {
	X, Y int
	Name string
}

var pt = &point{3, 4, "p"}
var base = errors.New("base")

// Arguments already in interfaces: their conversions are not fmt's.
var ptv, r1, r2, u1 any = *pt, 'é', '世', 0x1F600

func main() {
	runtime.GC()
	runtime.GC()
	runtime.GC()
	begin()
	fmt.Fprintln(w)
	end("Fprintln()")
	begin()
	fmt.Fprintln(w, "hello")
	end("Fprintln(hello)")
	begin()
	fmt.Fprintln(w, "0123456789", "abc")
	end("Fprintln 15 bytes")
	begin()
	fmt.Fprintf(w, "%s=%d %v\n", "key", 12345, true)
	end("Fprintf 3 verbs")
	begin()
	fmt.Fprintf(w, "%s %s\n", long, long)
	end("Fprintf 147 bytes")
	begin()
	fmt.Fprintf(w, "%s %s %s %s\n", long, long, long, long)
	end("Fprintf 295 bytes")
	begin()
	fmt.Fprintf(w, "%400d\n", 7)
	end("Fprintf %400d")
	begin()
	fmt.Fprintf(w, "%.80d\n", 1)
	end("Fprintf %.80d")
	begin()
	fmt.Fprintf(w, "%5d\n", 2)
	end("Fprintf %5d after")
	begin()
	fmt.Fprintf(w, "%.0d|%5d\n", 0, 3)
	end("Fprintf %.0d|%5d")
	begin()
	fmt.Fprintf(w, "%*d|%-*s|\n", 70, 1, 6, "ab")
	end("Fprintf %*d")
	begin()
	fmt.Fprintf(w, "% x|%#x|%X|%q\n", bs, bs, "hi", "quote")
	end("Fprintf hex, quote")
	begin()
	fmt.Fprintf(w, "%+v %c%c %U\n", ptv, r1, r2, u1)
	end("Fprintf struct, runes")
	begin()
	fmt.Fprintf(w, "%08.3f|%-10.2e|%g\n", 3.14159, 12345.678, 1e21)
	end("Fprintf floats")
	begin()
	fmt.Fprintf(w, "%d %!\n", 1, 2)
	end("Fprintf bad verbs")
	begin()
	str = fmt.Sprintf("%d-%s", 7, "x")
	end("Sprintf short")
	begin()
	str = fmt.Sprint("a", 1, 2, "b")
	end("Sprint")
	begin()
	str = fmt.Sprintln(long)
	end("Sprintln long")
	begin()
	serr = fmt.Errorf("e %d", 1)
	end("Errorf")
	begin()
	serr = fmt.Errorf("wrap: %w", base)
	end("Errorf %w")
	begin()
	fmt.Println("to stdout", 1, 2.5)
	end("Println")
	begin()
	fmt.Printf("%-20s|\n", "to stdout")
	end("Printf")
	begin()
	fmt.Fprintf(w, "%70000d", 5)
	end("Fprintf 70000 bytes")
	begin()
	fmt.Fprintf(w, "%d\n", 5)
	end("after the drop")
	runtime.GC()
	begin()
	fmt.Fprintf(w, "%d\n", 6)
	end("after 1 GC")
	runtime.GC()
	runtime.GC()
	begin()
	fmt.Fprintf(w, "%d\n", 7)
	end("after 3 GCs")
	begin()
	runtime.GC()
	end("GC")
	begin()
	runtime.GC()
	end("GC")
	begin()
	fmt.Fprintf(w, "%d\n", 8)
	end("after 2 more GCs")
	for _, d := range deltas[:ndeltas] {
		fmt.Printf("%-22s mallocs=%d frees=%d total=%d objects=%d", d.name, d.mallocs, d.frees, d.total, d.objects)
		for i := 0; i < d.n; i++ {
			fmt.Printf(" [%d]x%d", d.classes[i], d.counts[i])
		}
		fmt.Println()
	}
	for i := 0; i < nw; i++ {
		fmt.Fprintln(os.Stdout, "write", i, lens[i], caps[i])
	}
}
