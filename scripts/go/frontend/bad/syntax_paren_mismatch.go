// A missing ) and an extra ) and an extra } at top level.
package main

func main() {
	println((1 + 2)
	println(3))
}
}
