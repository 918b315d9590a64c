// Shows how Go 1.19 accounts for memory that debug.FreeOSMemory gives back: builds
// a live heap of MiB mebibytes (the first argument) in 64 KiB pointer-free blocks,
// drops it, and prints MemStats and the process's resident set (VmRSS) after
// runtime.GC and again after debug.FreeOSMemory, as JSON.
package main

import (
	"bufio"
	"encoding/json"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
)

var live [][]byte

type snapshot struct {
	HeapAlloc, HeapSys, HeapIdle, HeapInuse, HeapReleased, Sys uint64
	VmRSSKiB                                                   int
}

func vmRSS() int {
	f, _ := os.Open("/proc/self/status")
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "VmRSS:") {
			n, _ := strconv.Atoi(strings.Fields(sc.Text())[1])
			return n
		}
	}
	return -1
}

func snap() snapshot {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return snapshot{m.HeapAlloc, m.HeapSys, m.HeapIdle, m.HeapInuse, m.HeapReleased, m.Sys, vmRSS()}
}

func main() {
	mib, _ := strconv.Atoi(os.Args[1])
	for i := 0; i < mib*16; i++ {
		b := make([]byte, 64<<10)
		for j := range b {
			b[j] = byte(j) // touch every page
		}
		live = append(live, b)
	}
	withLive := snap()
	live = nil
	runtime.GC()
	afterGC := snap()
	debug.FreeOSMemory()
	afterFree := snap()
	json.NewEncoder(os.Stdout).Encode(map[string]any{
		"live_mib": mib, "with_live": withLive, "after_gc": afterGC, "after_free_os_memory": afterFree,
	})
}
