// Command growslice records the capacities Go 1.19's append gives, as JSON on
// stdout, for scripts/fixtures-runtime.sh.
//
// For each element size it appends one element at a time to a nil slice and lists
// every capacity the slice takes, and it appends n elements at once to slices of
// several starting capacities (the path where the needed length exceeds double the
// old capacity, and the path past the 256-element threshold).
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"unsafe"
)

// oneAtATime: the distinct capacities of a slice grown by appending one element at
// a time, up to n elements.
func oneAtATime[T any](n int) []int {
	var s []T
	var zero T
	caps := []int{}
	last := -1
	for i := 0; i < n; i++ {
		s = append(s, zero)
		if cap(s) != last {
			last = cap(s)
			caps = append(caps, last)
		}
	}
	return caps
}

type bulk struct {
	OldCap int `json:"old_cap"`
	Add    int `json:"add"`
	NewCap int `json:"new_cap"`
}

// bulkAppends: the capacity after appending add elements to a full slice of
// capacity oldCap.
func bulkAppends[T any]() []bulk {
	var out []bulk
	src := make([]T, 5000)
	for _, oldCap := range []int{0, 1, 3, 7, 100, 255, 256, 300, 1000, 2000} {
		for _, add := range []int{1, 2, 5, 17, 100, 257, 1000, 3000} {
			s := make([]T, oldCap)
			s = append(s, src[:add]...)
			out = append(out, bulk{oldCap, add, cap(s)})
		}
	}
	return out
}

type series struct {
	ElemSize   uintptr `json:"elem_size"`
	Elem       string  `json:"elem"`
	OneAtATime []int   `json:"one_at_a_time"`
	Bulk       []bulk  `json:"bulk"`
}

func record[T any](name string) series {
	var zero T
	return series{unsafe.Sizeof(zero), name, oneAtATime[T](5000), bulkAppends[T]()}
}

func main() {
	out := []series{
		record[byte]("byte"),
		record[[3]byte]("[3]byte"),
		record[*int]("*int"),
		record[int]("int"),
		record[[12]byte]("[12]byte"),
		record[string]("string"),
		record[[3]int]("[3]int"),
		record[[5]int]("[5]int"),
		record[[100]byte]("[100]byte"),
		record[[1000]byte]("[1000]byte"),
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
