// flag parsing of ints, strings, bools and durations, with positional
// arguments left in flag.Args().
// gomem-args: -n 5 -name=gopher -v -d 1m30s rest1 rest2
package main

import (
	"flag"
	"fmt"
	"strings"
)

func main() {
	n := flag.Int("n", 1, "count")
	name := flag.String("name", "world", "who")
	v := flag.Bool("v", false, "verbose")
	d := flag.Duration("d", 0, "duration")
	q := flag.Int("q", 7, "unset")
	flag.Parse()
	fmt.Println(*n, *name, *v, *d, *q)
	fmt.Println(flag.NArg(), flag.Args())
	fmt.Println(strings.Repeat(*name+" ", *n))
}
