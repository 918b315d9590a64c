// panic with a value that is a fmt.Stringer but not an error: the runtime
// prints String()'s text; a plain integer panic prints the number.
package main

import "fmt"

type State int

func (s State) String() string { return fmt.Sprintf("state#%d", int(s)) }

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(State(4))
	}()
	panic(17)
}
