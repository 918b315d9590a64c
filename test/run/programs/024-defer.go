// defer: LIFO order, arguments evaluated when the defer statement runs,
// deferred closures seeing later values, modifying named results, defers in
// loops, and a method value deferred on a value receiver.
package main

import "fmt"

type T struct{ n int }

func (t T) show()   { fmt.Println("show", t.n) }
func (t *T) showP() { fmt.Println("showP", t.n) }

func order() {
	for i := 0; i < 4; i++ {
		defer fmt.Print(i, " ")
	}
	fmt.Print("loop done: ")
}

func args() {
	x := 1
	defer fmt.Println("deferred arg x =", x)
	defer func() { fmt.Println("closure sees x =", x) }()
	x = 2
}

func named() (result int) {
	defer func() { result *= 10 }()
	return 4
}

func namedErr() (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrapped: %v", err)
		}
	}()
	return fmt.Errorf("inner")
}

func unnamed() int {
	x := 5
	defer func() { x = 100 }()
	return x
}

func main() {
	order()
	fmt.Println()
	args()
	fmt.Println(named(), namedErr(), unnamed())
	t := T{1}
	defer t.show()
	defer t.showP()
	t.n = 2
	func() {
		defer fmt.Println("inner defer")
		fmt.Println("inner body")
	}()
	fmt.Println("main end")
}
