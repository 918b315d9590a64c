// A complex panic value prints as print prints it, after its type name when
// the type is named; re-panicking a recovered value marks it [recovered].

package main

type C complex128

func main() {
	defer func() {
		r := recover()
		println("recovered")
		panic(r)
	}()
	panic(C(2i))
}
