package main

func main() {
	x := 1.0
	switch x {
	case 1:
	case 1.0:
	}
}
