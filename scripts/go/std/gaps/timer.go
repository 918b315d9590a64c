// time: timers and tickers on the scheduler.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(20 * time.Millisecond)
	start := time.Now()
	v := <-t.C
	fmt.Println(time.Since(start) >= 20*time.Millisecond, v.Sub(start) >= 20*time.Millisecond, t.Stop())
	t2 := time.NewTimer(time.Hour)
	fmt.Println(t2.Stop(), t2.Stop())
	t3 := time.NewTimer(time.Hour)
	fmt.Println(t3.Reset(10 * time.Millisecond))
	<-t3.C
	fmt.Println("t3 fired", t3.Reset(5*time.Millisecond))
	<-t3.C
	fmt.Println("t3 fired again")
	select {
	case <-time.After(30 * time.Millisecond):
		fmt.Println("after")
	case <-time.After(10 * time.Millisecond):
		fmt.Println("sooner")
	}
	tk := time.NewTicker(5 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-tk.C
		fmt.Println("tick", i)
	}
	tk.Stop()
	c := time.Tick(5 * time.Millisecond)
	<-c
	fmt.Println("tick chan", time.Tick(0) == nil)
	done := make(chan bool)
	go func() {
		time.Sleep(15 * time.Millisecond)
		done <- true
	}()
	select {
	case <-done:
		fmt.Println("done first")
	case <-time.After(200 * time.Millisecond):
		fmt.Println("timeout")
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	time.NewTicker(0)
}
