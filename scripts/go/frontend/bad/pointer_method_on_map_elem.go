package main

type T struct{ n int }

func (t *T) Inc() { t.n++ }

func main() {
	m := map[string]T{}
	m["a"].Inc()
}
