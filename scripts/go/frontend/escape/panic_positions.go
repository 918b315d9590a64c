// Where panic's implicit conversion to interface is positioned: where the compiler last stood.
package main

type T struct{ a, b int }

func f1() { d := 3; panic(&d) }
func f2(p *int) { panic(p) }
func f3() { panic(&T{1, 2}) }
func f4(t T) { panic(t) }
func f5(s []int) { panic(s[1:]) }
func f6(x, y int) { panic(x + y) }
func f7(t *T) { panic(&t.a) }

func main() {}
