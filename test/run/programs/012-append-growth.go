// append's growth: the capacities Go 1.19's growslice gives (doubling below 256
// elements, then the smooth 1.25x+192 formula, rounded up to a size class),
// for several element sizes, and append of many elements at once.
package main

import "fmt"

type big struct{ a, b, c, d, e int64 }

func main() {
	var b []byte
	last := -1
	for i := 0; i < 5000; i++ {
		b = append(b, byte(i))
		if cap(b) != last {
			last = cap(b)
			fmt.Print(cap(b), " ")
		}
	}
	fmt.Println()
	var s []int
	last = -1
	for i := 0; i < 3000; i++ {
		s = append(s, i)
		if cap(s) != last {
			last = cap(s)
			fmt.Print(cap(s), " ")
		}
	}
	fmt.Println()
	var bs []big
	last = -1
	for i := 0; i < 600; i++ {
		bs = append(bs, big{})
		if cap(bs) != last {
			last = cap(bs)
			fmt.Print(cap(bs), " ")
		}
	}
	fmt.Println()
	var strs []string
	last = -1
	for i := 0; i < 1000; i++ {
		strs = append(strs, "")
		if cap(strs) != last {
			last = cap(strs)
			fmt.Print(cap(strs), " ")
		}
	}
	fmt.Println()
	x := append([]int{1, 2, 3}, 4, 5, 6, 7)
	fmt.Println(len(x), cap(x))
	y := append([]byte("hello"), " world, this is long"...)
	fmt.Println(len(y), cap(y), string(y))
	z := append([]int(nil), make([]int, 13)...)
	fmt.Println(len(z), cap(z))
	w := append(make([]int32, 0, 5), make([]int32, 11)...)
	fmt.Println(len(w), cap(w))
}
