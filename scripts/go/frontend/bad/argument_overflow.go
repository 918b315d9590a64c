package main

func f(x uint8) {}

func main() {
	f(300)
}
