// Second file of the initialization program.
package main

import "fmt"

var B = C * 2
var C = initC()
var order []string

func initC() int {
	order = append(order, "C")
	return 5
}

func init() {
	order = append(order, "init b")
	fmt.Println("init b.go, B =", B)
}
