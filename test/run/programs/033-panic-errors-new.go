// panic with errors.New and with a wrapped error: the Error() text is printed.
package main

import (
	"errors"
	"fmt"
)

var ErrClosed = errors.New("resource closed")

func main() {
	err := fmt.Errorf("read config: %w", ErrClosed)
	fmt.Println(errors.Is(err, ErrClosed))
	panic(err)
}
