// The parser's own errors (go/defer of a non-call) do not stop type checking: both kinds are listed.
package main

import "fmt"

func main() {
	var p *int
	q := *p + undefinedA
	r := q
	fmt.Println(r)
	for {
		t := undefinedB
		break
	}
	go fmt.Println
	defer 1
	fmt.Printf("%d\n", missing)
	w, v := 1
	_ = w
}
