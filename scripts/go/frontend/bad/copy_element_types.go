package main

func main() {
	a := []int{1}
	b := []string{"a"}
	copy(a, b)
}
