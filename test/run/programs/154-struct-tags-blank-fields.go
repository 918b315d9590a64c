// fmt prints a blank struct field as _ and a struct type with its field tags,
// which are part of the type (an assertion to the untagged type fails).
package main

import "fmt"

type T struct {
	A int `json:"a"`
	B string "x"
}

type B struct {
	X int
	_ int
	_ string
}

func main() {
	fmt.Printf("%T\n", struct {
		A int `json:"a"`
	}{})
	fmt.Printf("%#v %T\n", struct{ A int "k" }{1}, T{})
	var i interface{} = struct{ A int }{}
	_, ok := i.(struct {
		A int `t`
	})
	fmt.Println(ok)
	fmt.Printf("%+v %#v %v\n", B{X: 1}, B{X: 1}, B{X: 2})
}
