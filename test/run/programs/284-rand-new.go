// math/rand's NewSource, New and *Rand: Go's sequences for a seeded source,
// a program's own Source behind a Rand, Seed resetting, and the package
// functions after Seed.
package main

import (
	"fmt"
	"math/rand"
)

type counter struct{ n int64 }

func (c *counter) Int63() int64    { c.n += 12345678901; return c.n & (1<<63 - 1) }
func (c *counter) Seed(seed int64) { c.n = seed }

func main() {
	r := rand.New(rand.NewSource(42))
	fmt.Println(r.Intn(100), r.Intn(100), r.Int63(), r.Uint32(), r.Int31(), r.Uint64(), r.Float64(), r.Float32())
	fmt.Println(r.Int63n(1000000007), r.Int31n(77), r.Intn(1<<40), r.Perm(8))
	xs := []string{"a", "b", "c", "d", "e"}
	r.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
	fmt.Println(xs)
	r.Seed(42)
	fmt.Println(r.Intn(100), r.Intn(100))
	src := rand.NewSource(7)
	fmt.Println(src.Int63(), src.Int63())
	src.Seed(7)
	fmt.Println(src.Int63())
	s64 := src.(rand.Source64)
	fmt.Println(s64.Uint64())
	c := rand.New(&counter{})
	fmt.Println(c.Int63(), c.Intn(10), c.Uint64(), c.Float64(), c.Perm(4))
	c.Seed(5)
	fmt.Println(c.Int31(), c.Uint32())
	a, b := rand.New(rand.NewSource(1)), rand.New(rand.NewSource(1))
	fmt.Println(a.Int63() == b.Int63(), rand.Intn(10))
	rand.Seed(3)
	fmt.Println(rand.Intn(1000), rand.Perm(5))
}
