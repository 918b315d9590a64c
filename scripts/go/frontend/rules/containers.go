package main

func main() {
	var s []*int
	a := 1
	s = append(s, &a)
	ch := make(chan *int, 1)
	b := 2
	ch <- &b
	m := map[*int]*int{}
	k, v := 3, 4
	m[&k] = &v
	_ = s
}
