// A body whose parse found an error gets no branch check (the unused label L is not reported).
package main

func main() {
	x := 1
L:
	for {
	}
	go 1
	var s string = 2
}
