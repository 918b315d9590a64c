// fmt's common verbs on ints, strings, bools, slices, structs, pointers to
// structs (printed as &{…}), with widths, flags and %%.
package main

import "fmt"

type point struct {
	X, Y int
	Name string
}

func main() {
	n := 42
	fmt.Printf("%d|%5d|%-5d|%05d|%x|%X|%o|%b|%c|%q|%U\n", n, n, n, n, 255, 255, 8, 5, 'G', 'G', 0x1F600)
	fmt.Printf("%s|%q|%10s|%-10s|%.2s|%x|% x\n", "go", "go\n", "right", "left", "trunc", "hi", "hi")
	fmt.Printf("%t|%v|%5t\n", true, false, true)
	p := point{1, 2, "p"}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	pp := &p
	fmt.Printf("%v|%+v\n", pp, pp)
	fmt.Printf("%v|%d|%x|%q\n", []int{1, 2, 3}, []int{10, 11}, []byte("ab"), []string{"a", "b"})
	fmt.Printf("%v|%#v|%T\n", [2]bool{true}, []string{"x"}, map[string]int{})
	fmt.Printf("%08.3f|%+d|% d|%x\n", 3.14159, 5, 7, -255)
	fmt.Printf("100%%|%v|%v\n", nil, error(nil))
	fmt.Printf("%*d|%-*d|\n", 6, 12, 4, 3)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d\n", 1, 2)
	s := fmt.Sprintf("%03d-%s", 7, "x")
	fmt.Println(s, len(s))
	fmt.Print("a", "b", 1, 2, "c\n")
	fmt.Println("a", 1, true, nil, 2.5)
	var ip *int
	fmt.Println(ip == nil, fmt.Sprint(ip))
	fmt.Printf("%v %v\n", int8(-5), uint64(1<<63))
	fmt.Printf("%6.2v|%v|%v\n", 3.14159, []float64{0.5, 2}, struct{}{})
}
