// A self-assignment inside a tuple assignment is reported with the whole statement, once per pair.
package main

type ByAge []int

func (a ByAge) Swap(i, j int) { a[i], a[j] = a[j], a[i] }

type T struct{ x, y *int }

func (t *T) flip() { t.x, t.y = t.y, t.x }
func (t *T) same() { t.x = t.x }

func main() {}
