// An import that is not a string: the go command's own reading of imports rejects it (no header, exit status 1).
package main

import (
	"fmt"
	os
)

func main() { fmt.Println() }
