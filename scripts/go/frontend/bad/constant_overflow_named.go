// A typed constant expression of a named integer type that leaves its range:
// the message names the constant's type, then its underlying type.
package main

import (
	"fmt"
	"time"
)

type Celsius int8

func main() {
	d := 300 * 365 * 24 * time.Hour
	const c Celsius = 100
	fmt.Println(d, c*2)
}
