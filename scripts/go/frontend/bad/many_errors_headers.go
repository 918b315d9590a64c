// An error in an if, for or switch header, a case or a range operand does not hide the errors in the body.
package main

import "fmt"

func f() int {
	x := 1
}

func main() {
	n := 10
	if n > "5" {
		a := 1
	}
	for i := 0; i < "10"; i++ {
		b := 2
	}
	for k := range 5 {
		c := k
	}
	switch n {
	case "one":
		d := 3
	case 2:
		e := 4
	}
	var i interface{} = n
	switch v := n.(type) {
	case int:
		fmt.Println(i)
	case strng:
		g := 5
	}
}
