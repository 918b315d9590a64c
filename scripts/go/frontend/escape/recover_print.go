// recover() as -m prints it: (recover()) while flows are explained, and
// (<node RECOVERFP>) in the closing summary, once escape analysis has
// rewritten it.
package main

import "fmt"

var sink interface{}

func main() {
	defer func() {
		fmt.Println(recover())
		sink = recover() != nil
		x := recover()
		fmt.Println(x)
	}()
	panic("x")
}

