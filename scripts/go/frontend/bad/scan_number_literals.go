// Malformed number literals: scanner.go's first error for each, at Go's column.
package main

func main() {
	_ = 0x
	_ = 0b102
	_ = 09
	_ = 1e
	_ = 1_000_
	_ = 0o8
	_ = 0x1.8
	_ = 0b1.0
	_ = 1p3
	_ = 0o1e3
}
