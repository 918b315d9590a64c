// Every goroutine blocked: `fatal error: all goroutines are asleep - deadlock!`
// with exit status 2.
package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("waiting forever")
	<-ch
}
