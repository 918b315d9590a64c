package main

type T struct{ n int }

func (t *T) Get() int { return t.n }

func get(t *T) func() int { return t.Get }

func main() {
	t := &T{}
	f := t.Get
	_ = f()
	_ = get(t)()
}
