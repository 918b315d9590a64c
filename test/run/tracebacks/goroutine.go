package main

import (
	"fmt"
	"time"
)

type T struct{ n int }

func work(t *T) {
	fmt.Println(t.n)
}

func main() {
	go func() {
		work(nil)
	}()
	time.Sleep(time.Second)
}
