// Assignments: every value is checked, then every destination.
package main

func main() {
	var s []int
	s[undefV], s[undefW] = 1, 2
	undefL = undefRHS
	undefA, undefB := undefC, undefD
	var x int = undefE
	x += undefF
	for i := undefG; i < undefH; i++ {
	}
	switch undefI {
	case undefJ:
	}
}
