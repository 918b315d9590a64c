// 64-bit integers past 2^53 in package variables, literals and every kind
// of assignable place (op= on fields, elements, map entries, pointers),
// counted across 2^53, ordered against small values, and as named types.
package main

import "fmt"

type Nanos int64

const Day Nanos = 86400 * 1000 * 1000 * 1000

func (n Nanos) Years() int64 { return int64(n / (365 * Day)) }

type ID uint64

var (
	seed   uint64 = 0x9e3779b97f4a7c15
	limits        = [4]int64{-1 << 63, -1 << 53, 1 << 53, 1<<63 - 1}
	ids           = []ID{1 << 63, 1<<64 - 1, 42}
	table         = map[string]uint64{"golden": 0x9e3779b97f4a7c15, "one": 1}
)

type acc struct {
	n   int64
	u   uint64
	arr [2]uint64
}

func bump(p *int64, by int64) { *p += by }

func minmax(xs []int64) (lo, hi int64) {
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return
}

func main() {
	fmt.Println(seed, limits, ids, table["golden"], len(table))
	fmt.Println(Day, Day*365*290, (Day * 365 * 290).Years(), Nanos(1<<62).Years())

	a := acc{n: 1 << 62, u: 1 << 63, arr: [2]uint64{3, 1<<64 - 2}}
	a.n += 1 << 62
	a.n -= 1
	a.u *= 3
	a.arr[1] += 3
	a.arr[0] -= 5
	fmt.Println(a.n, a.u, a.arr)
	a.u >>= 1
	a.n <<= 1
	k := uint(3)
	a.arr[1] <<= k
	a.arr[0] >>= k + 60
	fmt.Println(a.n, a.u, a.arr)
	a.u |= 1
	a.u &^= 1 << 62
	a.u ^= seed
	a.n %= 1000000
	a.n /= 7
	fmt.Println(a.n, a.u)

	m := map[ID]uint64{}
	for i, id := range ids {
		m[id] = uint64(i) << 62
		m[id] += seed
	}
	fmt.Println(m[1<<63], m[1<<64-1], m[42])

	x := int64(1<<53 - 2)
	for i := 0; i < 4; i++ {
		x++
		fmt.Println("count", x, x-1<<53, x > 1<<53, x == 1<<53+1)
	}
	x--
	bump(&x, 1<<62)
	fmt.Println(x)

	xs := []int64{5, -1 << 63, 1<<53 + 1, -7, 1<<63 - 1, 1 << 53, -(1<<53 + 1)}
	lo, hi := minmax(xs)
	fmt.Println(lo, hi)
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j] < xs[j-1]; j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
	fmt.Println(xs)

	var z uint64
	z--
	var w uint
	w -= 2
	fmt.Println(z, w, z == uint64(w)+1, -z, z+z)

	switch v := int64(seed); {
	case v < 0:
		fmt.Println("negative", v)
	default:
		fmt.Println("non-negative", v)
	}
	switch Nanos(limits[3]) {
	case 1<<63 - 1:
		fmt.Println("max nanos")
	}
}
