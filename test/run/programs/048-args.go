// os.Args: the program name is not printed (it differs), the arguments are,
// passed as they are (no shell quoting).
// gomem-args: alpha beta 42 -x --long=v
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	fmt.Println(len(os.Args) - 1)
	for i, a := range os.Args[1:] {
		fmt.Printf("%d=%q\n", i, a)
	}
	n, err := strconv.Atoi(os.Args[3])
	fmt.Println(n*2, err)
}
