// Methods: value vs pointer receivers, automatic address-taking and
// dereferencing, methods on non-struct named types, method values (bound
// receiver copied at evaluation) and method expressions.
package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }
func (c Counter) IncCopy() { c.n++ }

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

type IntList []int

func (l IntList) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}

func (l *IntList) Push(v int) { *l = append(*l, v) }

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	c.IncCopy()
	fmt.Println(c.Get())
	p := &c
	p.Inc()
	fmt.Println(p.Get(), c.n)
	fmt.Println(Celsius(100).F(), Celsius(-40).F())
	var l IntList
	l.Push(1)
	l.Push(2)
	l.Push(3)
	fmt.Println(l, l.Sum())
	get := c.Get
	c.Inc()
	fmt.Println(get(), c.Get())
	inc := c.Inc
	inc()
	inc()
	fmt.Println(c.n)
	fget := Counter.Get
	finc := (*Counter).Inc
	finc(&c)
	fmt.Println(fget(c))
	fmt.Printf("%T\n", fget)
}
