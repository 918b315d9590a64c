// Command heapgoal keeps a known amount of memory live, forces a collection and
// reports the MemStats that follow, as one JSON line on stdout, for
// scripts/fixtures-pacer.sh.
//
// Usage: heapgoal bytes|pointers MiB [garbageMiB]
//
//	bytes     one pointer-free []byte of MiB mebibytes (a large, no-scan object)
//	pointers  a linked list of 64-byte nodes that each hold a pointer, MiB in all
//	          (every node is scanned)
//	garbageMiB  a pointer-free []byte of that size allocated and dropped before
//	          the collection (default 0)
//
// The runtime prints the pacer's end-of-cycle line (GODEBUG=gcpacertrace=1) and the
// gctrace line on stderr; the markers printed around runtime.GC with the runtime's
// own println go to the same descriptor, so the script can pick out the lines of
// the forced cycle. Nothing allocates between the end of that cycle and
// ReadMemStats, so HeapAlloc is what the cycle left live (288 bytes short of what
// it marked; see test/fixtures/go1.19/pacer/README.md).
//
// The live data is built with the collector off and the GOGC setting is restored
// just before runtime.GC: the forced cycle then starts with the heap far above its
// trigger, and only such a cycle prints the pacer line (Go's endCycle returns
// early, before printing, when the heap did not grow past the trigger; a live heap
// below the trigger needs the garbage to get there). That line carries the cycle's
// heap, stack and globals scan work, which the next heap goal is computed from.
package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
)

// node is 64 bytes, a size class of its own, with a pointer in its first word.
type node struct {
	next *node
	pad  [7]uintptr
}

var (
	keepBytes []byte
	keepList  *node
	garbage   []byte
	stats     runtime.MemStats
)

func main() {
	if len(os.Args) != 3 && len(os.Args) != 4 {
		usage()
	}
	mib, err := strconv.Atoi(os.Args[2])
	if err != nil {
		usage()
	}
	garbageMiB := 0
	if len(os.Args) == 4 {
		if garbageMiB, err = strconv.Atoi(os.Args[3]); err != nil {
			usage()
		}
	}
	size := mib << 20
	percent := debug.SetGCPercent(-1)
	switch os.Args[1] {
	case "bytes":
		keepBytes = make([]byte, size)
	case "pointers":
		for i := 0; i < size/64; i++ {
			keepList = &node{next: keepList}
		}
	default:
		usage()
	}
	if garbageMiB > 0 {
		garbage = make([]byte, garbageMiB<<20)
		garbage = nil
	}
	debug.SetGCPercent(percent)
	println("heapgoal: forced GC begins")
	runtime.GC()
	runtime.ReadMemStats(&stats)
	println("heapgoal: forced GC done")
	fmt.Printf("{\"HeapAlloc\": %d, \"NextGC\": %d, \"Sys\": %d, \"HeapIdle\": %d, \"HeapReleased\": %d, \"NumGC\": %d, \"NumForcedGC\": %d}\n",
		stats.HeapAlloc, stats.NextGC, stats.Sys, stats.HeapIdle, stats.HeapReleased, stats.NumGC, stats.NumForcedGC)
	runtime.KeepAlive(keepBytes)
	runtime.KeepAlive(keepList)
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: heapgoal bytes|pointers MiB [garbageMiB]")
	os.Exit(2)
}
