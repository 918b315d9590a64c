// ...and in the second: go build reports both files before it stops.
package main

func f(x int {
}

var y = [}
