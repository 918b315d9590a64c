// runtime.SetFinalizer: the finalizer runs after the object becomes
// unreachable and a GC finds it, on the finalizer goroutine; the program
// waits on a channel. A reachable object's finalizer does not run;
// KeepAlive keeps it reachable; clearing the finalizer cancels it.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"time"
)

type res struct {
	name string
	pad  [4]int
}

var done = make(chan string, 10)

func open(name string) *res {
	r := &res{name: name}
	runtime.SetFinalizer(r, func(r *res) { done <- r.name })
	return r
}

func main() {
	kept := open("kept")
	open("a")
	open("b")
	c := open("cancelled")
	runtime.SetFinalizer(c, nil)
	c = nil
	runtime.GC()
	var names []string
	for i := 0; i < 2; i++ {
		select {
		case n := <-done:
			names = append(names, n)
		case <-time.After(5 * time.Second):
			fmt.Println("timeout")
		}
	}
	sort.Strings(names)
	fmt.Println("finalized:", names)
	runtime.GC()
	runtime.GC()
	time.Sleep(10 * time.Millisecond)
	select {
	case n := <-done:
		fmt.Println("unexpected:", n)
	default:
		fmt.Println("nothing else finalized")
	}
	runtime.KeepAlive(kept)
	kept = nil
	runtime.GC()
	fmt.Println("finalized:", <-done)
}
