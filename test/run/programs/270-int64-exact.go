// 64-bit integers past 2^53: FNV-1a and xorshift, math.MaxInt64 arithmetic,
// conversions between int64, uint64, narrower integers and floats, and
// 64-bit values stored in fields, slices, arrays, maps, interfaces,
// channels and closures, returned from functions, switched on and used as
// an out-of-range index.
package main

import "fmt"

const (
	maxInt64  = 1<<63 - 1
	minInt64  = -1 << 63
	maxUint64 = 1<<64 - 1
	offset64  = 14695981039346656037
	prime64   = 1099511628211
)

func fnv1a(s string) uint64 {
	h := uint64(offset64)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= prime64
	}
	return h
}

type rng struct{ s uint64 }

func (r *rng) next() uint64 {
	r.s ^= r.s << 13
	r.s ^= r.s >> 7
	r.s ^= r.s << 17
	return r.s
}

type pair struct {
	a int64
	b uint64
}

func divmod(a, b int64) (int64, int64) { return a / b, a % b }

func classify(x uint64) string {
	switch x {
	case maxUint64:
		return "max"
	case 1 << 63:
		return "top bit"
	case offset64:
		return "fnv offset"
	case 0:
		return "zero"
	}
	return "other"
}

func kind(v interface{}) string {
	switch x := v.(type) {
	case int64:
		return fmt.Sprint("int64 ", x)
	case uint64:
		return fmt.Sprint("uint64 ", x)
	case int:
		return fmt.Sprint("int ", x)
	}
	return "?"
}

func index(s []int, i int64) (r int, err interface{}) {
	defer func() { err = recover() }()
	return s[i], nil
}

func main() {
	for _, s := range []string{"", "a", "foobar", "hello, world", "gomem"} {
		fmt.Println("fnv1a", s, fnv1a(s))
	}

	r := &rng{s: 88172645463325252}
	for i := 0; i < 5; i++ {
		fmt.Println("xorshift", r.next())
	}

	var m int64 = maxInt64
	fmt.Println(m, m-1, m/3, m%1000, m+1, -m, -m-1)
	var mn int64 = minInt64
	fmt.Println(mn, mn+1, mn-1, mn/-1, mn%-1, -mn, mn*-1)
	var p int64 = 1 << 62
	fmt.Println(p*2, p*4, p+p, p<<1, p>>61, (p*2)>>62)
	fmt.Println(m&0x7fff0000ffff0000, m|mn, m^mn, m&^0xff, ^m, ^mn)
	q, rem := divmod(m, 1000000007)
	fmt.Println("divmod", q, rem)

	u := uint64(1 << 63)
	for i := 0; i < 4; i++ {
		fmt.Println("shift", u>>uint(i*20), u>>63, u<<1)
	}
	var mu uint64 = maxUint64
	fmt.Println(mu, mu+1, mu/7, mu%1000, -mu, ^mu, mu*mu, mu>>1)

	neg := int64(-12345678901234)
	fmt.Println(uint64(neg), int64(uint64(neg)), uint64(neg+12345678901233), int64(mu))
	var n8 int8 = -3
	fmt.Println(uint64(n8), uint(n8), uint64(uint8(n8)))

	big := int64(0x123456789abcdef0)
	fmt.Println(int32(big), uint32(big), uint8(big), uint16(big), int8(big), int16(big))
	ubig := uint64(0xfedcba9876543210)
	fmt.Println(int32(ubig), uint32(ubig), uint8(ubig), uint16(ubig), int(ubig))

	fmt.Println(float64(m), float64(mu), float64(big), float32(ubig), float64(mn))
	f := 1e19
	g := -9.2e18
	h := 9007199254740993.0
	fmt.Println(uint64(f), int64(g), int64(h), uint64(h*512), int64(float64(1<<62)))

	ps := pair{a: m, b: mu - 5}
	ps.a--
	ps.b += 2
	fmt.Println(ps.a, ps.b, ps)
	sl := []int64{m, mn, p * 3}
	sl[2] += 7
	arr := [3]uint64{mu, u, offset64}
	arr[1] |= 1
	fmt.Println(sl, arr, sl[0] == m, arr[2] == fnv1a(""))

	mm := map[uint64]int64{}
	mm[mu] = m
	mm[offset64] = mn
	mm[7] = 1 << 60
	fmt.Println(mm[mu], mm[offset64], mm[7], len(mm))
	mm[mu]++
	fmt.Println(mm[mu], mm[maxUint64-0])
	if v, ok := mm[1<<63]; !ok {
		fmt.Println("no key", v)
	}

	var i1, i2 interface{} = m, int64(maxInt64)
	fmt.Println(i1 == i2, kind(i1), kind(mu), kind(int(mn)), i1)

	ch := make(chan uint64, 3)
	ch <- mu
	ch <- offset64
	ch <- 5
	close(ch)
	for v := range ch {
		fmt.Println("chan", v, classify(v))
	}
	fmt.Println(classify(1<<63), classify(0), classify(mu-1))

	acc := int64(1)
	mul := func(k int64) int64 {
		acc *= k
		return acc
	}
	for i := int64(2); i <= 25; i++ {
		mul(i)
	}
	fmt.Println("25! wrapped", acc)

	var total uint64
	for _, v := range arr {
		total += v
	}
	fmt.Printf("%d %v %d\n", total, total, int64(total))

	s := []int{1, 2, 3}
	_, err := index(s, m)
	fmt.Println(err)
	_, err = index(s, mn)
	fmt.Println(err)
	v, err := index(s, 2)
	fmt.Println(v, err)
}
