// An unrecovered panic with an error value: the runtime prints Error()'s
// text (not a Go-syntax struct), here from a custom error type.
package main

import "fmt"

type MyErr struct {
	Code int
	Msg  string
}

func (e MyErr) Error() string { return fmt.Sprintf("myerr %d: %s", e.Code, e.Msg) }

func main() {
	fmt.Println("about to fail")
	var err error = MyErr{404, "missing"}
	panic(err)
}
