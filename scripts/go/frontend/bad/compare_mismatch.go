package main

func main() {
	a := []int{1}
	b := map[int]int{}
	_ = a == b
}
