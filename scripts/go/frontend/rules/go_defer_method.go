// go and defer of a method call: the wrapper captures the receiver as the
// method takes it (&t for a pointer method, *p for a value method).
package main

type T struct{ n int }

func (t *T) Done() { t.n++ }
func (t T) Show()  {}

func a() {
	var t T
	go t.Done()
}

func b() {
	var t T
	for i := 0; i < 2; i++ {
		defer t.Done()
	}
}

func c() {
	p := &T{}
	go p.Show()
}

func d() {
	p := &T{}
	defer p.Show()
}

func e() {
	var t T
	defer t.Done()
}

func main() {
	a()
	b()
	c()
	d()
	e()
}
