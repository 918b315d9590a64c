// A branch error (an unused label) is the parser's; type errors are still found and listed with it.
package main

func f() {
L:
	for {
	}
}

func main() {
	var s string = 2
}
