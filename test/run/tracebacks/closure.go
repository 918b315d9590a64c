package main

import "fmt"

func main() {
	data := map[string]int{"a": 1}
	get := func(k string) int {
		v, ok := data[k]
		if !ok {
			panic(fmt.Sprintf("missing key %q", k))
		}
		return v
	}
	fmt.Println(get("a"))
	fmt.Println(get("b"))
}
