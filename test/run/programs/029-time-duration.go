// time.Duration arithmetic and printing (String's units), constants, and
// Truncate/Round; no wall clock is read.
package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, time.Microsecond, 1500 * time.Microsecond, time.Second, 90 * time.Second, 2*time.Hour + 3*time.Minute + 4*time.Second + 5*time.Millisecond, -time.Minute}
	for _, d := range ds {
		fmt.Println(d, int64(d))
	}
	d := 3723 * time.Second
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds())
	fmt.Println(d.Truncate(time.Hour), d.Round(time.Hour), (1500 * time.Millisecond).Round(time.Second))
	fmt.Printf("%v %d %s %T\n", time.Millisecond, time.Millisecond, 2*time.Nanosecond, time.Second)
	p, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(p, err)
	_, err = time.ParseDuration("abc")
	fmt.Println(err)
	fmt.Println(time.Duration(1<<63 - 1))
}
