// Constants: iota with skips and expressions, typed constants, untyped
// constant arithmetic beyond 64 bits, shadowing of variables in inner scopes.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const (
	a, b = iota, iota * 10
	c, d
)

const big = 1 << 100
const small = big >> 98

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu"}[d]
}

var x = "package"

func main() {
	fmt.Println(Sunday, Monday, Thursday, int(Thursday))
	fmt.Println(KB, MB, GB)
	fmt.Println(a, b, c, d, small)
	fmt.Printf("%v %d %T\n", Tuesday, Tuesday, Tuesday)
	fmt.Println(x)
	x := "main"
	{
		x := "block"
		fmt.Println(x)
	}
	if x := 5; x > 0 {
		fmt.Println(x)
	}
	fmt.Println(x)
	const typed int8 = 100
	fmt.Println(typed+27, 7/2, 7/2.0, 'a'+1)
}
