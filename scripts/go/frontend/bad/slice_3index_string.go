package main

func main() {
	s := "abc"
	_ = s[0:1:2]
}
