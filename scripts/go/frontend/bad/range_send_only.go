package main

func main() {
	var a [3]int
	for i, v := range &a {
		_, _ = i, v
	}
	var c chan<- int
	for v := range c {
		_ = v
	}
}
