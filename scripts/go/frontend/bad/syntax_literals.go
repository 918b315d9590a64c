// Bad rune literals and a stray character are lexical errors: the parser reads on, and with no syntax error the type check runs.
package main

func main() {
	r := 'ab'
	q := ''
	println(r, q)
}
