// math/bits: counts, rotations, reversals and full-width arithmetic on 8-,
// 16-, 32- and 64-bit values, including values past 2^53, and the panics of
// Div (zero divisor, overflowing quotient) and Rem.
package main

import (
	"fmt"
	"math/bits"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	xs64 := []uint64{0, 1, 0x80, 0xff00, 1 << 31, 1<<32 + 1, 1 << 52, 1<<53 + 1, 0xdeadbeefcafebabe, 1 << 63, ^uint64(0)}
	for _, x := range xs64 {
		fmt.Println(x, bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.OnesCount64(x), bits.Len64(x),
			bits.RotateLeft64(x, 13), bits.RotateLeft64(x, -7), bits.Reverse64(x), bits.ReverseBytes64(x))
		fmt.Println(bits.LeadingZeros(uint(x)), bits.TrailingZeros(uint(x)), bits.OnesCount(uint(x)), bits.Len(uint(x)),
			bits.RotateLeft(uint(x), 1), bits.Reverse(uint(x)), bits.ReverseBytes(uint(x)))
	}
	xs32 := []uint32{0, 1, 0x80, 0xf0f0, 1 << 31, 0xdeadbeef, ^uint32(0)}
	for _, x := range xs32 {
		fmt.Println(x, bits.LeadingZeros32(x), bits.TrailingZeros32(x), bits.OnesCount32(x), bits.Len32(x),
			bits.RotateLeft32(x, 5), bits.RotateLeft32(x, -5), bits.Reverse32(x), bits.ReverseBytes32(x))
		fmt.Println(bits.LeadingZeros16(uint16(x)), bits.TrailingZeros16(uint16(x)), bits.OnesCount16(uint16(x)),
			bits.Len16(uint16(x)), bits.RotateLeft16(uint16(x), 3), bits.Reverse16(uint16(x)), bits.ReverseBytes16(uint16(x)))
		fmt.Println(bits.LeadingZeros8(uint8(x)), bits.TrailingZeros8(uint8(x)), bits.OnesCount8(uint8(x)),
			bits.Len8(uint8(x)), bits.RotateLeft8(uint8(x), 3), bits.Reverse8(uint8(x)))
	}
	pairs := [][2]uint64{{1, 2}, {1 << 63, 1 << 63}, {^uint64(0), 1}, {0xdeadbeefcafebabe, 0x123456789abcdef}, {0, 1}}
	for _, p := range pairs {
		s, c := bits.Add64(p[0], p[1], 1)
		d, b := bits.Sub64(p[0], p[1], 1)
		hi, lo := bits.Mul64(p[0], p[1])
		fmt.Println(s, c, d, b, hi, lo)
		s32, c32 := bits.Add32(uint32(p[0]), uint32(p[1]), 1)
		d32, b32 := bits.Sub32(uint32(p[0]), uint32(p[1]), 0)
		h32, l32 := bits.Mul32(uint32(p[0]), uint32(p[1]))
		fmt.Println(s32, c32, d32, b32, h32, l32)
		su, cu := bits.Add(uint(p[0]), uint(p[1]), 0)
		hu, lu := bits.Mul(uint(p[0]), uint(p[1]))
		fmt.Println(su, cu, hu, lu)
	}
	q, r := bits.Div64(1, 0, 3)
	fmt.Println(q, r, bits.Rem64(5, 7, 3), bits.Rem32(9, 9, 7))
	q32, r32 := bits.Div32(2, 5, 7)
	fmt.Println(q32, r32)
	qu, ru := bits.Div(0, 100, 7)
	fmt.Println(qu, ru, bits.Rem(1, 1, 3), bits.UintSize)
	try("Div64 by zero", func() { bits.Div64(0, 1, 0) })
	try("Div64 overflow", func() { bits.Div64(5, 1, 5) })
	try("Div32 overflow", func() { bits.Div32(9, 1, 3) })
	try("Rem64 by zero", func() { bits.Rem64(1, 1, 0) })
	fmt.Println("Rem64 past the quotient:", bits.Rem64(10, 3, 7))
}
