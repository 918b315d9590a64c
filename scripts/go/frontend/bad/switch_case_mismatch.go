package main

func main() {
	x := 1
	s := "a"
	switch x {
	case s:
	}
}
