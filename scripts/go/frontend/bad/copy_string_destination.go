package main

func main() {
	s := "abc"
	b := []byte{}
	copy(s, b)
}
