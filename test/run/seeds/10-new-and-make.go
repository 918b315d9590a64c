// Seed 004 §2.2.3 分配内存 (`b := &a`, `make([]byte, 1024*1024)`), completed
// with package and import. The article says new() "is replaced by assembly
// calling the operating system"; in Go it is an ordinary allocation from the
// runtime's heap (or the stack when it does not escape). The output is what
// the article's code prints.
package main

import "fmt"

func main() {
	var a int = 10
	b := &a                      // 获取a的内存地址
	c := make([]byte, 1024*1024) // 分配一块字节切片
	fmt.Println(*b)
	fmt.Printf("%T\n", b)
	fmt.Printf("Slice Length: %d\n", len(c))
	fmt.Printf("Slice Capacity: %d\n", cap(c))
}
