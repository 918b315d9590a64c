// Seed 002, example 1 (allocateMemory / freeMemory). As printed the article's
// program does not compile (an import inside a function); with the import
// moved up it runs. The article presents debug.FreeOSMemory as
// "deallocating" the pointer. Go: FreeOSMemory forces a collection and
// returns free pages to the OS; p is still live (it is referenced), so it
// still points at 10 afterwards. Addresses are printed by the article; here
// the values are printed instead, because addresses differ from run to run.
package main

import (
	"fmt"
	"runtime/debug"
)

func allocateMemory() *int {
	var x int = 10
	return &x // x escapes: it is moved to the heap
}

func freeMemory(p *int) {
	fmt.Println("Pointer value before deallocation: ", *p)
	debug.FreeOSMemory()
	fmt.Println("Pointer value after deallocation: ", *p)
}

func main() {
	ptr := allocateMemory()
	defer freeMemory(ptr)

	fmt.Printf("Value of variable `x`: %v\n", *ptr)
}
