// Seed 003, first example (内存池: sync.Pool of 1024-byte slices), as the
// article wrote it. It prints one line. The article calls sync.Pool the
// allocator's "memory pool"; in Go it is only a cache of reusable objects
// that collections empty (see the differential program 075-sync-pool.go).
package main

import (
	"fmt"
	"sync"
)

var pool = sync.Pool{
	New: func() interface{} {
		return make([]byte, 1024)
	},
}

func main() {
	data := pool.Get().([]byte)
	defer pool.Put(data)
	// 使用data进行操作
	fmt.Println("使用内存池分配的内存")
	fmt.Println(len(data), cap(data))
}
