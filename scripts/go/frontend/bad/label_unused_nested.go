package main

func main() {
	for {
	L:
		for {
		}
	}
}
