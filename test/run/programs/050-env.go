// os.Getenv and os.LookupEnv read the program's environment.
// gomem-env: GREETING=hi EMPTY=
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(os.Getenv("GREETING"))
	v, ok := os.LookupEnv("EMPTY")
	fmt.Printf("%q %v\n", v, ok)
	v, ok = os.LookupEnv("NOT_SET_ANYWHERE")
	fmt.Printf("%q %v\n", v, ok)
}
