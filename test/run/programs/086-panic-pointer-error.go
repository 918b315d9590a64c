// panic with a pointer to a custom error type: Go prints Error()'s text.
package main

import "fmt"

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

func parse(s string) error {
	if s == "" {
		return &ParseError{3, "unexpected end of input"}
	}
	return nil
}

func main() {
	if err := parse("x"); err == nil {
		fmt.Println("x parsed")
	}
	if err := parse(""); err != nil {
		panic(err)
	}
}
