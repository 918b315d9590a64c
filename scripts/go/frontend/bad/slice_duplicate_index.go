package main

func main() {
	s := []int{0: 1, 0: 2}
	_ = s
}
