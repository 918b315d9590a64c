// debug.SetGCPercent returns the previous setting: 100 by default, then
// what was set; a negative value disables collection (returned as -1).
package main

import (
	"fmt"
	"runtime/debug"
)

func main() {
	fmt.Println(debug.SetGCPercent(50))
	fmt.Println(debug.SetGCPercent(-5))
	fmt.Println(debug.SetGCPercent(200))
	fmt.Println(debug.SetGCPercent(100))
}
