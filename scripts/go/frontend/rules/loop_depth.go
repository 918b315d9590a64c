package main

func main() {
	var keep *int
	for i := 0; i < 3; i++ {
		v := i
		keep = &v
	}
	w := 1
	for i := 0; i < 3; i++ {
		keep = &w
	}
	_ = keep
}
