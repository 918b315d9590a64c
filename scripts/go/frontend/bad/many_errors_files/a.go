// Errors in two files: a file sorts where its first error was found, not by name.
package main

func main() {
	x := 1
	leak(y)
}
