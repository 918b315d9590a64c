// time: Duration.Truncate/Round/Abs and ParseDuration.
package main

import (
	"fmt"
	"time"
)

func main() {
	d := 3723 * time.Second
	fmt.Println((d + 0).Truncate(time.Hour), (d + 0).Round(time.Hour), (1500 * time.Millisecond).Round(time.Second))
	p, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(p, err)
	_, err = time.ParseDuration("abc")
	fmt.Println(err)
	for _, s := range []string{"1.5h", "-2m3.4s", "3", "1x", ".5us", "9223372036854775808ns", "-9223372036854775808ns", "1.0000000000000000000001s", "+0", "", "µs"} {
		v, err := time.ParseDuration(s)
		fmt.Println(int64(v), err)
	}
	// Within ±2^52: the runner keeps 64-bit words as JavaScript numbers.
	for _, m := range []time.Duration{0, -1, 1, 7, time.Second, time.Hour} {
		for _, x := range []time.Duration{0, 5, -5, 3723 * time.Second, -3723 * time.Second, 1<<52 - 1, -1 << 52, 1500 * time.Millisecond} {
			// (x+0): a value, not a variable (method calls on word-kind locals are a known gap of the runner).
			fmt.Println((x + 0).Truncate(m), (x + 0).Round(m), (x + 0).Abs())
		}
	}
}
