// []rune of a constant string is a slice literal of its runes, printed as one.
package main

import "fmt"

type R []rune

const hi = "hi"

func main() {
	a := []rune("héllo")
	b := []rune("")
	c := R("xy")
	d := []int32(hi + "!")
	e := []byte("bytes")
	fmt.Println(len(a), len(b), len(c), len(d), len(e))
	fmt.Println([]rune("esc"))
	s := "v"
	fmt.Println(len([]rune(s)))
}
