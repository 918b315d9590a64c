// Command tiny records where Go 1.19's tiny allocator puts small noscan objects,
// as JSON on stdout, for scripts/fixtures-runtime.sh.
//
// Each sequence starts right after runtime.ReadMemStats (which empties the P's
// tiny block) with the collector off, allocates new([n]byte) for each size n in
// turn, and records each object's 16-byte block (numbered in order of first use)
// and its offset in the block. Nothing else allocates during a sequence: the
// addresses go into arrays made beforehand.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"unsafe"
)

var sink [1024]unsafe.Pointer
var addrs [1024]uintptr

//go:noinline
func alloc(n int) unsafe.Pointer {
	switch n {
	case 1:
		return unsafe.Pointer(new([1]byte))
	case 2:
		return unsafe.Pointer(new([2]byte))
	case 3:
		return unsafe.Pointer(new([3]byte))
	case 4:
		return unsafe.Pointer(new([4]byte))
	case 5:
		return unsafe.Pointer(new([5]byte))
	case 6:
		return unsafe.Pointer(new([6]byte))
	case 7:
		return unsafe.Pointer(new([7]byte))
	case 8:
		return unsafe.Pointer(new([8]byte))
	case 9:
		return unsafe.Pointer(new([9]byte))
	case 10:
		return unsafe.Pointer(new([10]byte))
	case 11:
		return unsafe.Pointer(new([11]byte))
	case 12:
		return unsafe.Pointer(new([12]byte))
	case 13:
		return unsafe.Pointer(new([13]byte))
	case 14:
		return unsafe.Pointer(new([14]byte))
	case 15:
		return unsafe.Pointer(new([15]byte))
	}
	panic("size")
}

type placement struct {
	Size   int `json:"size"`
	Block  int `json:"block"`
	Offset int `json:"offset"`
}

type sequence struct {
	Name   string      `json:"name"`
	Placed []placement `json:"placed"`
}

var ms runtime.MemStats

func run(name string, sizes []int) sequence {
	runtime.ReadMemStats(&ms)
	for i, n := range sizes {
		sink[i] = alloc(n)
		addrs[i] = uintptr(sink[i])
	}
	blocks := map[uintptr]int{}
	placed := make([]placement, len(sizes))
	for i, n := range sizes {
		base := addrs[i] &^ 15
		b, ok := blocks[base]
		if !ok {
			b = len(blocks)
			blocks[base] = b
		}
		placed[i] = placement{n, b, int(addrs[i] - base)}
	}
	return sequence{name, placed}
}

func main() {
	debug.SetGCPercent(-1)
	seqs := []sequence{
		run("aligned_mix", []int{1, 2, 3, 4, 2, 1, 1, 1}),
		run("eight_after_one", []int{1, 8, 1}),
		run("odd_even", []int{3, 6, 5, 2, 7}),
		run("replace_when_more_room", []int{12, 8, 4, 4}),
		run("keep_when_less_room", []int{4, 14, 2, 8}),
		run("elevens", []int{11, 11, 11, 5}),
		run("full_block", []int{8, 8, 1, 1}),
	}
	// A long pseudo-random sequence (a fixed LCG, so every run is the same).
	x := uint32(12345)
	sizes := make([]int, 600)
	for i := range sizes {
		x = x*1103515245 + 12345
		sizes[i] = int(x>>16)%15 + 1
	}
	seqs = append(seqs, run("lcg_600", sizes))
	enc := json.NewEncoder(os.Stdout)
	if err := enc.Encode(seqs); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
