// panic with non-string basic values and a named string type: Go prints
// them as print would, with the type for named types.
package main

import "fmt"

type Code string

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic(Code("E42"))
	}()
	panic(3.5)
}
