// The binary-trees benchmark, small: many short-lived trees and one
// long-lived tree under the default collector settings; only checks are printed.
package main

import "fmt"

type Tree struct{ L, R *Tree }

func bottomUp(d int) *Tree {
	if d <= 0 {
		return &Tree{}
	}
	return &Tree{bottomUp(d - 1), bottomUp(d - 1)}
}

func (t *Tree) check() int {
	if t.L == nil {
		return 1
	}
	return 1 + t.L.check() + t.R.check()
}

func main() {
	const maxDepth = 14
	fmt.Printf("stretch tree of depth %d\t check: %d\n", maxDepth+1, bottomUp(maxDepth+1).check())
	long := bottomUp(maxDepth)
	for d := 4; d <= maxDepth; d += 2 {
		iters := 1 << (maxDepth - d + 4)
		check := 0
		for i := 0; i < iters; i++ {
			check += bottomUp(d).check()
		}
		fmt.Printf("%d\t trees of depth %d\t check: %d\n", iters, d, check)
	}
	fmt.Printf("long lived tree of depth %d\t check: %d\n", maxDepth, long.check())
}
