// A string not closed before the newline: the scanner reports it, and the call it was in is left unclosed.
package main

func main() {
	println("hi)
	println(2)
}

var s = `raw
