// Control flow: for forms, labeled break and continue, goto, switch with no
// condition, fallthrough, switch on types of values, if with init statement.
package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "neg"
	case n == 0:
		return "zero"
	case n%2 == 0:
		return "even"
	default:
		return "odd"
	}
}

func main() {
	for i := -1; i < 4; i++ {
		fmt.Print(classify(i), " ")
	}
	fmt.Println()
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	i := 0
loop:
	if i < 5 {
		fmt.Print(i)
		i++
		goto loop
	}
	fmt.Println()
	switch x := 2; x {
	case 1:
		fmt.Println("one")
	case 2:
		fmt.Println("two")
		fallthrough
	case 3:
		fmt.Println("three (fallthrough)")
	case 4:
		fmt.Println("four")
	}
	switch c := 'b'; c {
	case 'a', 'b', 'c':
		fmt.Println("abc")
	}
	n := 0
	for n < 3 {
		n++
	}
	for {
		n *= 2
		if n > 50 {
			break
		}
	}
	fmt.Println(n)
	if v := n % 7; v > 3 {
		fmt.Println("big", v)
	} else {
		fmt.Println("small", v)
	}
}
