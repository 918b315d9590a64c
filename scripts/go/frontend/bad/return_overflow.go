package main

func f() uint8 {
	return 1000
}

func main() { f() }
