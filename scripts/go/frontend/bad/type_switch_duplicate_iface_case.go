package main

import "fmt"

func main() {
	var x interface{}
	switch x.(type) {
	case fmt.Stringer, error, fmt.Stringer:
	}
}
