// A func whose { is on the next line: Go names the newline before it, then goes on to the body.
package main

func main()
{
	println(1)
}
