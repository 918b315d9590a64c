// for headers with the wrong parts: a C-style parenthesised header, commas for semicolons, a missing condition.
package main

func main() {
	for (i := 0; i < 3; i++) {
	}
	for i := 0, i < 3, i++ {
	}
	for i := 0; {
	}
}
