// Two mistakes on one line: cmd/compile prints one syntax error per line.
package main

func main() {
	a := ) ; b := )
	c := ]
}
