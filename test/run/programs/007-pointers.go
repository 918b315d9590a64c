// Pointers: address-of, dereference, pointers to pointers, new, pointers into
// arrays and struct fields, and a swap through pointers.
package main

import "fmt"

func swap(a, b *int) { *a, *b = *b, *a }

type T struct{ v int }

func main() {
	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)
	p := &x
	pp := &p
	**pp = 7
	fmt.Println(x, *p == 7, p == &x)
	n := new(int)
	*n += 5
	fmt.Println(*n)
	arr := [3]int{1, 2, 3}
	e := &arr[1]
	*e = 20
	fmt.Println(arr)
	t := T{1}
	f := &t.v
	*f = 9
	fmt.Println(t.v)
	tp := &T{4}
	tp.v++
	fmt.Println(tp.v, (*tp).v)
	var np *T
	fmt.Println(np == nil)
	s := []int{1, 2, 3}
	q := &s[0]
	s = append(s, 4)
	*q = 100
	fmt.Println(s[0] == 100, len(s))
}
