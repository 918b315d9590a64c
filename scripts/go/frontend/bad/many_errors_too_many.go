// Ten errors and the rest is cut: unused variables come at the end of the function, after the limit.
package main

func main() {
	a1 := 1
	a2 := 2
	a3 := 3
	var b string = 1
	var c string = 2
	var d string = 3
	var e string = 4
	var f string = 5
	var g string = 6
	var h string = 7
	var i string = 8
	var j string = 9
	var k string = 10
}
