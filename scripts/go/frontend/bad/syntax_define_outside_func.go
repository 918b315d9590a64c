// := at top level is a statement outside a function body; the parser skips to the next declaration.
package main

x := 1

func main() {
	println(x)
}
