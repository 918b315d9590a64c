// Every 64-bit operator over every pair of edge values (around 0, 2^31,
// 2^32, 2^53 and 2^63, signed and unsigned), folded into one checksum per
// operator, and the conversions of each value to the other integer types.
package main

import "fmt"

var signed = []int64{
	0, 1, -1, 2, -2, 7, -7, 1<<31 - 1, -1 << 31, 1 << 32, -(1 << 32), 1<<53 - 1, 1 << 53, 1<<53 + 1,
	-(1<<53 - 1), -(1 << 53), -(1<<53 + 1), 1<<62 + 3, -(1<<62 + 3), 1<<63 - 1, -1 << 63, 1 << 21, 3037000499,
}

var unsigned = []uint64{
	0, 1, 2, 7, 1<<32 - 1, 1 << 32, 1<<53 - 1, 1 << 53, 1<<53 + 1, 1 << 63, 1<<63 + 1, 1<<64 - 1, 1<<64 - 2,
	0x9e3779b97f4a7c15, 4294967296 * 4294967295, 1 << 21,
}

func mix(h, v uint64) uint64 { return (h ^ v) * 1099511628211 }

func main() {
	names := []string{"+", "-", "*", "/", "%", "&", "|", "^", "&^", "<<", ">>", "==", "<"}
	var hs [13]uint64
	for i := range hs {
		hs[i] = 14695981039346656037
	}
	for _, a := range signed {
		for _, b := range signed {
			hs[0] = mix(hs[0], uint64(a+b))
			hs[1] = mix(hs[1], uint64(a-b))
			hs[2] = mix(hs[2], uint64(a*b))
			if b != 0 {
				hs[3] = mix(hs[3], uint64(a/b))
				hs[4] = mix(hs[4], uint64(a%b))
			}
			hs[5] = mix(hs[5], uint64(a&b))
			hs[6] = mix(hs[6], uint64(a|b))
			hs[7] = mix(hs[7], uint64(a^b))
			hs[8] = mix(hs[8], uint64(a&^b))
			hs[9] = mix(hs[9], uint64(a<<(uint64(b)%70)))
			hs[10] = mix(hs[10], uint64(a>>(uint64(b)%70)))
			if a == b {
				hs[11] = mix(hs[11], 1)
			}
			if a < b {
				hs[12] = mix(hs[12], 1)
			} else {
				hs[12] = mix(hs[12], 2)
			}
		}
	}
	for i, h := range hs {
		fmt.Println("int64", names[i], h)
	}
	for i := range hs {
		hs[i] = 14695981039346656037
	}
	for _, a := range unsigned {
		for _, b := range unsigned {
			hs[0] = mix(hs[0], a+b)
			hs[1] = mix(hs[1], a-b)
			hs[2] = mix(hs[2], a*b)
			if b != 0 {
				hs[3] = mix(hs[3], a/b)
				hs[4] = mix(hs[4], a%b)
			}
			hs[5] = mix(hs[5], a&b)
			hs[6] = mix(hs[6], a|b)
			hs[7] = mix(hs[7], a^b)
			hs[8] = mix(hs[8], a&^b)
			hs[9] = mix(hs[9], a<<(b%70))
			hs[10] = mix(hs[10], a>>(b%70))
			if a == b {
				hs[11] = mix(hs[11], 1)
			}
			if a < b {
				hs[12] = mix(hs[12], 1)
			} else {
				hs[12] = mix(hs[12], 2)
			}
		}
	}
	for i, h := range hs {
		fmt.Println("uint64", names[i], h)
	}
	for _, a := range signed {
		fmt.Println(a, -a, ^a, uint64(a), int32(a), uint32(a), int16(a), uint8(a), float64(a), float32(a))
	}
	for _, a := range unsigned {
		fmt.Println(a, -a, ^a, int64(a), int32(a), uint32(a), int8(a), uint16(a), float64(a), float32(a))
	}
	var x int64 = 3
	var y uint64 = 5
	for i := 0; i < 70; i++ {
		x = x*3 + int64(i)
		y = y*y + uint64(i)
		x -= int64(y >> 7)
	}
	fmt.Println(x, y)
}
