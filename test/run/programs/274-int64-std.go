// 64-bit integers past 2^53 through the standard library: fmt's integer verbs
// and flags on int64, uint64, uint and uintptr values, strconv's formatting
// and parsing at the ends of the range, math.Float64bits, math/rand seeded
// with a big seed, time's Unix conversions, Durations and saturating Sub and
// Add, sync/atomic on big values, and strings.Repeat's overflow panic.
package main

import (
	"fmt"
	"math"
	"math/rand"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	var i64 int64 = math.MaxInt64
	var m64 int64 = math.MinInt64
	var u64 uint64 = math.MaxUint64
	s53 := int64(1<<53 + 1)
	for _, v := range []any{i64, m64, u64, s53, uint64(1<<63 + 5), uint(1<<62 + 3), uintptr(1<<60 + 1)} {
		fmt.Printf("%d|%x|%X|%o|%O|%b|%#x|%+d|%25d|%-25d|%025d|%.22d|%c|%q|%U|%e|%v\n", v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v)
	}
	fmt.Println(i64, m64, u64, s53, i64-1, u64-1, -s53)
	fmt.Println(fmt.Sprint(uint64(1<<63+5), int64(-1<<62-3)), []int64{1<<53 + 1, m64}, []uint64{u64, 1 << 63})
	fmt.Printf("%v %d\n", map[int64]string{1<<53 + 1: "a", 1 << 53: "b", -1 << 63: "c"}, map[uint64]int{1<<64 - 1: 1, 1 << 63: 2})

	for _, b := range []int{2, 8, 10, 16, 36} {
		fmt.Println(strconv.FormatInt(m64, b), strconv.FormatInt(i64, b), strconv.FormatUint(u64, b), strconv.FormatInt(s53, b))
	}
	fmt.Println(strconv.Itoa(math.MinInt64), string(strconv.AppendInt([]byte("x"), m64, 16)))
	for _, s := range []string{"9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "9007199254740993", "0x7fffffffffffffff"} {
		v, err := strconv.ParseInt(s, 0, 64)
		fmt.Println(v, err)
	}
	for _, s := range []string{"18446744073709551615", "18446744073709551616", "9007199254740993"} {
		v, err := strconv.ParseUint(s, 10, 64)
		fmt.Println(v, err)
	}
	a, err := strconv.Atoi("-9007199254740993")
	fmt.Println(a, err)
	_, err = strconv.ParseInt("1", 1<<53+1, 64)
	fmt.Println(err)

	fmt.Printf("%#x %#x %#x %d %d\n", math.Float64bits(1), math.Float64bits(math.Copysign(0, -1)), math.Float64bits(math.MaxFloat64), math.Float64bits(-1.5), math.Float64bits(0.1))
	fmt.Println(math.Float64frombits(1<<63), math.Float64frombits(0x3FF0000000000001), math.Float64frombits(0xFFF0000000000000))
	fmt.Printf("%#x %v %v\n", math.Float64bits(math.Float64frombits(0x7FF8000000000001)), math.Ldexp(1, math.MaxInt64), math.Ldexp(2, math.MaxInt64))

	for _, seed := range []int64{1<<62 + 12345, math.MinInt64, 1<<53 + 1} {
		rand.Seed(seed)
		fmt.Println(rand.Int63(), rand.Uint64(), rand.Int63n(1<<62+1), rand.Intn(1<<60), rand.Int(), rand.Uint32(), rand.Intn(1000))
	}

	for _, d := range []time.Duration{math.MaxInt64, math.MinInt64, 1<<53 + 1} {
		fmt.Println(d, d.Nanoseconds(), d.Microseconds(), d.Milliseconds(), d.Seconds(), d.Hours(), d.Abs(), d.Round(time.Hour), d.Truncate(time.Hour))
	}
	t := time.Unix(1700000000, 123456789).UTC()
	fmt.Println(t.UnixNano(), t.UnixMicro(), t.UnixMilli(), t.Unix(), t)
	t2 := time.Unix(1<<40, 999999999).UTC()
	fmt.Println(t2.UnixNano(), t2.UnixMicro(), t2)
	fmt.Println(time.Unix(0, math.MaxInt64).UTC(), time.Unix(0, math.MinInt64).UTC(), time.UnixMilli(1<<60).UTC().UnixMilli())
	fmt.Println(time.Unix(1<<62, 0).Sub(time.Unix(-(1<<62), 0)), time.Unix(-(1<<62), 0).Sub(time.Unix(1<<62, 0)), time.Unix(1<<33, 5).Sub(time.Unix(0, 0)))
	ta := time.Unix(0, 0).UTC().Add(math.MaxInt64)
	fmt.Println(ta, ta.UnixNano(), time.Unix(math.MaxInt64-62135596800-10, 0).Add(20*time.Second).Unix())
	fmt.Println(time.Date(2023, 1, 1, 0, 0, 0, 1<<62, time.UTC), time.Month(1<<40), time.Unix(1<<40, 0).UTC().Truncate(1<<50))

	var x int64 = 1 << 53
	fmt.Println(atomic.AddInt64(&x, 1), atomic.LoadInt64(&x), atomic.SwapInt64(&x, math.MinInt64), atomic.CompareAndSwapInt64(&x, math.MinInt64, math.MaxInt64), x)
	var u uint64
	fmt.Println(atomic.AddUint64(&u, ^uint64(0)), atomic.AddUint64(&u, 2), atomic.LoadUint64(&u))
	atomic.StoreUint64(&u, 1<<63+7)
	var ai atomic.Int64
	ai.Store(1<<62 + 1)
	fmt.Println(atomic.LoadUint64(&u), ai.Add(1<<62), ai.Load())

	fmt.Println(sort.Search(math.MaxInt64, func(i int) bool { return i >= 1<<60+7 }))
	try("Repeat", func() { _ = strings.Repeat("ab", 1<<62) })
	fmt.Printf("%q %q\n", strings.Repeat("", 1<<62), strings.SplitN("a,b,c", ",", 1<<60))
}
