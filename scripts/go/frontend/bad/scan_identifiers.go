// Identifiers with Unicode characters that are neither letters nor digits, or that begin with a digit.
package main

func main() {
	π := 3
	·x := 1
	a١ := 2
	١b := 3
	x€ := 4
	_ = π + ·x + a١ + ١b + x€
	_ = 5 ⌘ 3
}
