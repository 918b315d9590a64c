// Go 1.19's side of the live-heap benchmark: hold MIB MiB of 24-byte Nodes in
// binary trees of depth 16 (3 MiB each) reachable from a global slice, then build,
// item-check and drop trees of depth 10 until twice the live bytes went through
// them, so collections run with that much live heap. `npm run bench` builds it
// with `go build` and runs `liveheap -json MIB` beside `gomem bench live-heap`,
// which does the same work. Prints the stop-the-world pauses MemStats recorded
// (max and nearest-rank p99 of PauseNs[0:min(NumGC, 256)]), the wall time of the
// whole run and the peak RSS (getrusage's ru_maxrss).
package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"runtime"
	"sort"
	"strconv"
	"syscall"
	"time"
)

type Node struct {
	item        int
	left, right *Node
}

func build(item, depth int) *Node {
	if depth <= 0 {
		return &Node{item: item}
	}
	return &Node{item, build(2*item-1, depth-1), build(2*item, depth-1)}
}

func (n *Node) check() int {
	if n.left == nil {
		return n.item
	}
	return n.item + n.left.check() - n.right.check()
}

const (
	liveDepth  = 16
	churnDepth = 10
	nodeBytes  = 24
)

func treeBytes(depth int) int { return (1<<(depth+1) - 1) * nodeBytes }

var live []*Node

func main() {
	args := os.Args[1:]
	asJSON := len(args) > 0 && args[0] == "-json"
	if asJSON {
		args = args[1:]
	}
	if len(args) != 1 {
		fmt.Fprintln(os.Stderr, "usage: liveheap [-json] MIB")
		os.Exit(2)
	}
	mib, err := strconv.Atoi(args[0])
	if err != nil || mib < 1 {
		fmt.Fprintf(os.Stderr, "liveheap: invalid MIB %q\n", args[0])
		os.Exit(2)
	}

	t0 := time.Now()
	ntrees := int(math.Ceil(float64(mib<<20) / float64(treeBytes(liveDepth))))
	live = make([]*Node, ntrees)
	for i := range live {
		live[i] = build(0, liveDepth)
	}
	var liveStats runtime.MemStats
	runtime.ReadMemStats(&liveStats)
	liveBytes := ntrees * treeBytes(liveDepth)
	churns := (2*liveBytes + treeBytes(churnDepth) - 1) / treeBytes(churnDepth)
	churnCheck := 0
	for i := 0; i < churns; i++ {
		churnCheck += build(0, churnDepth).check()
	}
	liveCheck := 0
	for _, t := range live {
		liveCheck += t.check()
	}
	wall := time.Since(t0)
	if churnCheck != -churns {
		panic(fmt.Sprintf("churn checked %d, not %d", churnCheck, -churns))
	}

	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	nn := int(m.NumGC)
	if nn > len(m.PauseNs) {
		nn = len(m.PauseNs)
	}
	pauses := append([]uint64(nil), m.PauseNs[:nn]...)
	sort.Slice(pauses, func(i, j int) bool { return pauses[i] < pauses[j] })
	var maxPause, p99 uint64
	if nn > 0 {
		maxPause = pauses[nn-1]
		p99 = pauses[int(math.Ceil(0.99*float64(nn)))-1]
	}
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	wallMs := float64(wall.Nanoseconds()) / 1e6
	if !asJSON {
		fmt.Printf("live-heap mib %d wall %.1fms numgc %d maxpause %dns p99pause %dns check %d\n",
			mib, wallMs, m.NumGC, maxPause, p99, liveCheck)
		return
	}
	out, _ := json.Marshal(map[string]any{
		"workload":              "live-heap",
		"collector":             "go1.19",
		"mib":                   mib,
		"wall_ms":               wallMs,
		"num_gc":                m.NumGC,
		"pause_total_ns":        m.PauseTotalNs,
		"max_pause_ns":          maxPause,
		"p99_pause_ns":          p99,
		"peak_rss_bytes":        ru.Maxrss * 1024,
		"heap_alloc_bytes":      m.HeapAlloc,
		"heap_alloc_live_bytes": liveStats.HeapAlloc,
		"live_bytes":            liveBytes,
		"churn_bytes":           churns * treeBytes(churnDepth),
		"live_check":            liveCheck,
		"gomaxprocs":            runtime.GOMAXPROCS(-1),
	})
	fmt.Println(string(out))
}
