package main

type K struct{ s []int }

func main() {
	m := map[K]int{}
	_ = m
}
