// More malformed number literals, and valid ones that look odd.
package main

func main() {
	_ = 0x1e3
	_ = 0x_1F
	_ = 1__0
	_ = 0b
	_ = 0o
	_ = 0x1p
	_ = .5e+
	_ = 0_7
	_ = 0x1.p-2
	_ = 1.5_
	_ = 089.5
	_ = 0b1i
	_ = 08i
}
