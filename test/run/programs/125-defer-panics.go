// Panics raised by deferred calls: the frame's remaining deferred calls see
// and recover them; recover in a function a deferred call calls is not direct.

package main

import "fmt"

func boom() { panic("boom") }

func a() {
	defer func() { fmt.Println("a recovered:", recover()) }()
	defer func() { panic("second") }()
	fmt.Println("normal")
}

func b() {
	defer func() { fmt.Println("b recovered:", recover()) }()
	defer func() { panic("second") }()
	panic("first")
}

func c() {
	defer func() { fmt.Println("c recovered:", recover()) }()
	for i := 0; i < 2; i++ {
		defer boom()
	}
}

func helper() { fmt.Println("helper", recover()) }

func d() {
	defer func() { fmt.Println("d outer", recover()) }()
	defer func() { helper() }()
	panic("p")
}

func main() {
	a()
	b()
	c()
	d()
}
