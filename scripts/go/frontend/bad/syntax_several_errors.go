// Several mistakes in one file: each statement resynchronises at the next line or statement keyword.
package main

func main() {
	x := 1 +
	y := )
	for i := 0; i < 3 {
	}
	if x = 2 {
	}
	var z int =
}

func g( {
}
