// A function literal's unused variables are reported at the end of its body, so they count among the first ten errors.
package main

import "fmt"

func main() {
	a := 1
	f := func() int {
		b := 2
	}
	var c int = "c"
	var d int = "d"
	var e int = "e"
	var g int = "g"
	var h int = "h"
	var i int = "i"
	var j int = "j"
	var k int = "k"
	var l int = "l"
	fmt.Println(f)
}
