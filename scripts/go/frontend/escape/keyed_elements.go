// A keyed composite-literal element converts to interface at its colon, an unkeyed one at the value.
package main

import "fmt"

type T struct{ x, y interface{} }

func f(a int, p *int) {
	m := map[string]interface{}{"k": 1, "long": a, "p": p}
	s := []interface{}{0: 1, 3: a, a}
	arr := [2]interface{}{1: a}
	mk := map[interface{}]int{a: 1, "c": 2}
	t := T{x: 7, y: a}
	u := T{a, 8}
	fmt.Println(m, s, arr, mk, t, u)
}

func main() {}
