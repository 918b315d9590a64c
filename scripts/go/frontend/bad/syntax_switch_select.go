// A case without its colon in a switch and in a select.
package main

func main() {
	x := 1
	switch x {
	case 1
		println(1)
	default:
	}
	c := make(chan int)
	select {
	case <-c
	}
}
