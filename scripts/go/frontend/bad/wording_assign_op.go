// An assignment operation is named as written (count += w) in a mismatch.
package main

func main() {
	count := 1
	w := "x"
	count += w
	j := "a"
	j += 1
	_, _ = count, j
}
