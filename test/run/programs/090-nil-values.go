// Zero and nil values used safely: ranging over nil slices and maps,
// appending to nil, len of nil channel and string, nil func comparison,
// calling a method with a nil pointer receiver that handles nil.
package main

import "fmt"

type List struct {
	v    int
	next *List
}

func (l *List) Len() int {
	if l == nil {
		return 0
	}
	return 1 + l.next.Len()
}

func main() {
	var s []int
	var m map[string]bool
	for range s {
		fmt.Println("never")
	}
	for range m {
		fmt.Println("never")
	}
	s = append(s, 1)
	fmt.Println(s, len(s))
	var f func()
	fmt.Println(f == nil, m == nil, m["k"])
	var l *List
	fmt.Println(l.Len())
	l = &List{1, &List{2, nil}}
	fmt.Println(l.Len())
	var e error
	fmt.Println(e == nil, e)
	var ps *string
	fmt.Println(ps)
	var arr [0]int
	fmt.Println(len(arr), arr)
	var st struct{}
	fmt.Println(st)
}
