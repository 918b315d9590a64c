// sync/atomic takes the address of its operand: Go tags AddInt64 and
// friends so that the variable moves to the heap.
package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var x int64
	atomic.AddInt64(&x, 1)
	var y int32
	atomic.AddInt32(&y, 2)
	fmt.Println(atomic.LoadInt64(&x), y)
}
