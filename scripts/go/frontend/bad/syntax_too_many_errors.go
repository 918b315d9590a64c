// More than ten syntax errors: go build prints ten, then too many errors.
package main

func main() {
	a := )
	b := )
	c := )
	d := )
	e := )
	f := )
	g := )
	h := )
	i := )
	j := )
	k := )
	l := )
}
