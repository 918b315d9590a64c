// Helpers of the multi-file program.
package main

import "fmt"

func totalArea(ss []Shape) (t float64) {
	for _, s := range ss {
		t += s.Area()
	}
	return
}

func describe(s Shape) string { return fmt.Sprintf("%T %.2f", s, s.Area()) }
