package main

func main() {
	goto M
}
