// A func literal whose closing brace is missing swallows the rest of the function.
package main

func main() {
	f := func() int {
		return 1

	println(f())
}
