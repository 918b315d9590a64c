// A panic value's Error method runs only when the panic is printed (never for
// a recovered one), and one that panics there is Go's fatal error.

package main

import "fmt"

type E struct{}

func (E) Error() string { fmt.Println("Error called"); panic("inside Error") }

type F struct{}

func (F) Error() string { var m map[int]int; m[1] = 1; return "" }

func main() {
	func() {
		defer func() { fmt.Println("recovered", recover() != nil) }()
		panic(F{})
	}()
	panic(E{})
}
