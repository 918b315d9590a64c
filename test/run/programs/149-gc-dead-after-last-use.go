// A variable is dead after its last use: runtime.GC() then frees (and
// finalizes) its object, as Go's liveness maps let it, before the block ends.
package main

import (
	"fmt"
	"runtime"
	"time"
)

type R struct {
	id int
	p  *int
}

func main() {
	r := &R{id: 1}
	runtime.SetFinalizer(r, func(r *R) { fmt.Println("fin", r.id) })
	fmt.Println(r.id)
	runtime.GC()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("after GC")
	k := &R{id: 2}
	runtime.SetFinalizer(k, func(r *R) { fmt.Println("fin", r.id) })
	runtime.GC()
	time.Sleep(10 * time.Millisecond)
	runtime.KeepAlive(k)
	fmt.Println("kept alive until here")
	runtime.GC()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("end")
}
