// Syntax errors in the first file of a package...
package main

func main() {
	x := )
	f(x
}
