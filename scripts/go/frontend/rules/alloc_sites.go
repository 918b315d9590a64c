package main

type T struct{ p *int }

var sink *T

func main() {
	a := &T{}
	sink = a
	b := &T{}
	_ = b
	c := new(int)
	_ = c
	d := new([70000]byte)
	_ = d
	var big [11 << 20]byte
	big[1] = 2
	n := len(big)
	s := make([]int, n)
	t := make([]int, 10)
	u := make([]int, 10000)
	m := make(map[int]int)
	ch := make(chan int)
	_, _, _, _, _ = s, t, u, m, ch
}
