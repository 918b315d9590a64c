// Command finalizer counts the runtime.GC calls it takes to free an unreachable
// object with and without a finalizer, for scripts/fixtures-gc.sh.
//
// Each object is a 4 MiB pointer-free array (a large object of its own span), so
// its release shows unambiguously as a drop of at least 4 MiB in
// MemStats.HeapAlloc; nothing else of that size is allocated. The object with a
// finalizer also reports the cycle after which its finalizer ran (the finalizer
// goroutine is given time to run after each collection). Prints one JSON object.
package main

import (
	"encoding/json"
	"os"
	"runtime"
	"time"
)

const size = 4 << 20

type blob [size]byte

var sink *blob

func heapAlloc() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

// gcsUntilFreed drops the object made by mk and counts collections until
// HeapAlloc falls by at least size below what it was with the object live.
func gcsUntilFreed(mk func() *blob, finalized *int, gcs *int) int {
	sink = mk()
	runtime.GC()
	before := heapAlloc()
	sink = nil
	for n := 1; n <= 10; n++ {
		runtime.GC()
		*gcs = n
		time.Sleep(20 * time.Millisecond) // let the finalizer goroutine run
		if finalized != nil && *finalized < 0 && finalizerRan {
			*finalized = n
		}
		if heapAlloc()+size <= before+size/2 {
			return n
		}
	}
	return -1
}

var finalizerRan bool
var finalizerPtrOK bool

func main() {
	var gcs int
	plain := gcsUntilFreed(func() *blob { return new(blob) }, nil, &gcs)
	ranAfter := -1
	var addr uintptr
	withFin := gcsUntilFreed(func() *blob {
		b := new(blob)
		b[0] = 42
		addr = uintptrOf(b)
		runtime.SetFinalizer(b, func(p *blob) {
			finalizerPtrOK = uintptrOf(p) == addr && p[0] == 42
			finalizerRan = true
		})
		return b
	}, &ranAfter, &gcs)
	json.NewEncoder(os.Stdout).Encode(map[string]any{
		"gcs_to_free_plain":         plain,
		"gcs_to_free_finalized":     withFin,
		"finalizer_ran_after_gcs":   ranAfter,
		"finalizer_got_same_object": finalizerPtrOK,
	})
}
