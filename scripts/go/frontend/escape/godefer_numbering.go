// Temporaries are numbered after the function's declarations: named parameters, every result, locals.
package main

import "fmt"

func g(x int) {}

func h1(x int) int { defer g(x); return 0 }
func h2(int, string) { y := 1; defer g(y) }
func h3(_ int, b int) (a, _ int) { defer g(b); return }
func h4(x int) {
	c := 2
	func() {
		d := 3
		defer g(c + d + x)
	}()
	for i := range []int{1} {
		defer g(i)
	}
	var v, w = 1, 2
	defer fmt.Println(v, w)
}

func main() {}
