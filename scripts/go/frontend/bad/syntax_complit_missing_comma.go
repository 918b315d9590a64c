// A multi-line composite literal without its last comma; then a second error in the next function is found too.
package main

func main() {
	_ = []int{
		1,
		2
	}
}

func f() {
	x := 1 )
	_ = x
}
