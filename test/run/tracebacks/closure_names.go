package main

import "fmt"

var steps []string

func init() {
	func() {
		steps = append(steps, "first init")
		fmt.Println("first init", len(steps))
	}()
}

func init() {
	limit := 2
	check := func(n int) {
		fmt.Println("checking", n, limit)
		func() {
			fmt.Println("inner check", n, len(steps))
			if n > limit {
				panic(fmt.Sprintf("step %d over limit %d", n, limit))
			}
		}()
	}
	for i := 1; i <= 3; i++ {
		func() {
			fmt.Println("step", i)
			check(i)
		}()
	}
}

func main() {
	fmt.Println("unreachable")
}
