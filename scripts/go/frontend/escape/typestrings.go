// Types in -m messages are printed as the compiler prints types, not as the
// source spells them: [16]int for [N * 2]int, struct { X int }, func(int) int.
package main

import "fmt"

const N = 8

type S struct{ a int }

func f() *[16]int { return new([N * 2]int) }
func g() *[3]int  { return &[2 + 1]int{} }
func h() []int    { a := [...]int{1, 2}; return a[:] }
func i() *[65536]byte { return new([1 << 16]byte) }
func j() interface{} { return []struct{}{} }
func k() interface{} { return map[string]struct{}{} }
func l() interface{} { return struct{ X int }{1} }
func m() interface{} { return new(struct{ a int; b string }) }
func n() interface{} { return []func(a int, b int) (int, error){} }
func o() interface{} { return [2]int{1, 2} }

func main() {
	fmt.Println(f(), g(), h(), i() != nil, j(), k(), l(), m(), n(), o())
}
