// Finalizers run one after another, the last queued first, as on Go's one
// finalizer goroutine; a finalizer that yields lets the next start only after it.
// The sleeps leave the finalizers ample time even on a loaded machine.

package main

import (
	"fmt"
	"runtime"
	"time"
)

type T struct{ id, x int }

func main() {
	for i := 0; i < 10; i++ {
		runtime.SetFinalizer(&T{id: i}, func(t *T) { fmt.Print(t.id, " ") })
	}
	runtime.GC()
	time.Sleep(100 * time.Millisecond)
	fmt.Println()
	for i := 0; i < 3; i++ {
		runtime.SetFinalizer(&T{id: i}, func(t *T) { fmt.Print(t.id, " "); runtime.Gosched(); fmt.Print("g", t.id, " ") })
	}
	runtime.GC()
	time.Sleep(100 * time.Millisecond)
	fmt.Println()
}
