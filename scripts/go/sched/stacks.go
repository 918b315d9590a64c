// Prints, as JSON, StackInuse / StackSys / HeapSys / Sys while n goroutines
// block, after they exit, and after runtime.GC, for a few n; and for one
// goroutine that recursed deeply before blocking.
package main

import (
	"encoding/json"
	"os"
	"runtime"
	"sync"
)

type snap struct {
	StackInuse uint64 `json:"StackInuse"`
	StackSys   uint64 `json:"StackSys"`
	HeapSys    uint64 `json:"HeapSys"`
	HeapInuse  uint64 `json:"HeapInuse"`
	Sys        uint64 `json:"Sys"`
	NumG       int    `json:"NumGoroutine"`
}

func read() snap {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return snap{m.StackInuse, m.StackSys, m.HeapSys, m.HeapInuse, m.Sys, runtime.NumGoroutine()}
}

type run struct {
	N        int  `json:"n"`
	Before   snap `json:"before"`
	Blocked  snap `json:"blocked"`
	Exited   snap `json:"exited"`
	AfterGC  snap `json:"after_gc"`
	AfterGC2 snap `json:"after_gc2"`
}

func one(n int) run {
	var r run
	r.N = n
	runtime.GC()
	r.Before = read()
	release := make(chan struct{})
	var started, done sync.WaitGroup
	started.Add(n)
	done.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			started.Done()
			<-release
			done.Done()
		}()
	}
	started.Wait()
	r.Blocked = read()
	close(release)
	done.Wait()
	runtime.Gosched()
	r.Exited = read()
	runtime.GC()
	r.AfterGC = read()
	runtime.GC()
	r.AfterGC2 = read()
	return r
}

func main() {
	var out []run
	for _, n := range []int{1, 10, 100, 1000} {
		out = append(out, one(n))
	}
	json.NewEncoder(os.Stdout).Encode(out)
}
