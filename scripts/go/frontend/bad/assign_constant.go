package main

func main() {
	const c = 10
	c = 20
}
