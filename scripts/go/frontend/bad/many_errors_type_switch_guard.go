// Over a type switch guard that failed, the clauses are not checked, so what only they use is unused, as in go build.
package main

import "fmt"

func main() {
	a := 1
	switch v := undefinedQ.(type) {
	case int:
		fmt.Println(v, a)
	}
}
