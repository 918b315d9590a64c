// Types declared inside functions print as Go prints them, also as the
// elements of slices, maps, pointers, arrays and channels (%T, %#v, panics).

package main

import "fmt"

func main() {
	type N int
	type S struct{ A N }
	fmt.Printf("%T %T %T %T\n", N(1), []N{}, map[string]S{}, &S{})
	fmt.Printf("%#v\n", []N{1})
	var x interface{} = []N{}
	defer func() { fmt.Println(recover()) }()
	_ = x.([]int)
}

func init() {
	type L struct {
		next *L
		v    int
	}
	l := &L{next: &L{}}
	fmt.Printf("%T %T %+v\n", l, l.next, *l.next)
	type M int
	fmt.Printf("%T %T %T\n", []M{}, [2]M{}, make(chan<- M))
}
