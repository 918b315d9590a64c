// devirtualize.Func runs over typecheck.Target.Decls, and -m prints each
// devirtualization as it makes it: irgen adds a function there once its body
// is built, after the closures built with it (inner ones first), the
// closures of package-level initializers before every function, and the
// package's init function last.
package main

type T struct{ n int }

func (t T) Get() int { return t.n }

type Getter interface{ Get() int }

var x = Getter(T{1}).Get()

var f = func() int {
	a := Getter(T{2})
	g := func() int {
		b := Getter(T{3})
		return b.Get()
	}
	return a.Get() + g()
}

func h() int {
	c := Getter(T{4})
	return c.Get()
}

func nested() int {
	d := Getter(T{5})
	n := d.Get()
	func() {
		e := Getter(T{6})
		n += e.Get()
		func() {
			k := Getter(T{7})
			n += k.Get()
		}()
	}()
	func() {
		m := Getter(T{8})
		n += m.Get()
	}()
	return n + d.Get()
}

func main() {
	println(x, f(), h(), nested())
	var g Getter = T{9}
	println(g.Get(), Getter(T{10}).Get())
}
