// Integer arithmetic: wrapping of sized integers, signed division and modulo
// (truncated toward zero), shifts, bitwise operators and unsigned conversion.
package main

import "fmt"

func main() {
	a, b := 17, 5
	fmt.Println(a+b, a-b, a*b, a/b, a%b)
	fmt.Println(-a/b, -a%b, a/-b, a%-b)
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	var u8 uint8 = 0
	u8--
	fmt.Println(u8)
	var i32 int32 = 1 << 30
	i32 *= 4
	fmt.Println(i32)
	var u32 uint32 = 0xffffffff
	u32 += 2
	fmt.Println(u32)
	var i64 int64 = 1 << 62
	fmt.Println(i64, i64*2, uint64(i64)*2)
	x := 0xf0
	fmt.Println(x&0x3c, x|0x0f, x^0xff, x&^0x30, x<<3, x>>2)
	n := -9
	big := 300
	fmt.Println(n>>1, uint8(n), uint16(n), int8(big))
	var u uint = 1
	fmt.Println(u<<63, -(1<<63) == int64(-9223372036854775808))
	fmt.Println(int64(9007199254740993), uint64(18446744073709551615))
}
