// else on the line after }: the } ends the if statement, so else cannot start a statement.
package main

func main() {
	x := 1
	if x > 0 {
		println(x)
	}
	else {
		println(-x)
	}
}
