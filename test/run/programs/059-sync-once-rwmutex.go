// sync.Once runs its function once across goroutines; sync.RWMutex lets
// readers share; atomic counters add up.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var once sync.Once
	var wg sync.WaitGroup
	calls := 0
	var hits int64
	var rw sync.RWMutex
	data := map[int]int{}
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			once.Do(func() { calls++ })
			atomic.AddInt64(&hits, 2)
			if i%4 == 0 {
				rw.Lock()
				data[i] = i * i
				rw.Unlock()
			} else {
				rw.RLock()
				_ = data[0]
				rw.RUnlock()
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(calls, atomic.LoadInt64(&hits), data)
	var v atomic.Value
	v.Store("config-1")
	fmt.Println(v.Load().(string))
	var flag int32
	fmt.Println(atomic.CompareAndSwapInt32(&flag, 0, 1), atomic.CompareAndSwapInt32(&flag, 0, 1), flag)
}
