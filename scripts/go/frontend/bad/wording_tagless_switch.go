// A tagless switch compares its cases with true.
package main

func main() {
	x := 1
	switch {
	case x:
	case "s":
	case x > 0:
	}
}
