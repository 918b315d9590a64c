// Seed 002, example 2 (AllocateHeap with C.malloc / C.free). The article's
// program needs cgo and never imports "C", so it does not build. Rewritten
// in Go: the buffer is a 1024-byte slice the collector owns; there is
// nothing to free by hand. The output is the article's.
package main

import "fmt"

var buffer []byte

func AllocateHeap(size uint64) []byte {
	return make([]byte, size)
}

func main() {
	dataSize := uint64(1024)
	buffer = AllocateHeap(dataSize)

	defer func() {
		fmt.Println("\nDeallocating Heap Memory...")
		buffer = nil // dropping the last reference is all Go needs
	}()

	fmt.Println("Allocated Heap Memory Successfully.")
}
