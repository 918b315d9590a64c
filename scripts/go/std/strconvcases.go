// Prints, as JSON, strconv's and time.Duration's output for many inputs:
// FormatFloat over values × formats × precisions × bit sizes, integer
// formatting and parsing with their errors, quoting, Duration.String and
// time.ParseDuration.
package main

import (
	"encoding/json"
	"math"
	"math/rand"
	"os"
	"strconv"
	"time"
)

type floatCase struct {
	Bits string `json:"bits"` // the float64's bits in hex (exact input)
	Fmt  string `json:"fmt"`
	Prec int    `json:"prec"`
	Size int    `json:"size"`
	Out  string `json:"out"`
}

type parseCase struct {
	Fn    string `json:"fn"`
	In    string `json:"in"`
	Base  int    `json:"base"`
	Size  int    `json:"size"`
	Value string `json:"value"`
	Err   string `json:"err"`
}

func main() {
	vals := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 0.5, 1.5, 2.5, -2.5, 3.5, 1e6, 1e21, 1e22, 1e23, 123456789, 0.000001,
		1e-7, 5e-324, math.MaxFloat64, math.SmallestNonzeroFloat64, 2.2250738585072014e-308, 1.0 / 3, 2.0 / 3, 100, 1e100,
		123.456, 0.3, 9.995, 0.125, 1.005, 2.675, 1234567.891, 7e-10, 4.35, 0.045, 1e15, 1e16, 9007199254740993,
		float64(float32(0.1)), float64(float32(1) / 3), float64(float32(3.4e38)), float64(float32(1e-45)),
		math.Inf(1), math.Inf(-1), math.NaN(), 0.95, 0.05, 0.25, 1e-5, 99.5, 999.5,
		1e39, -1e39, 3.4028235677973366e38, 3.4028235677973362e38, 1e-46}
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 40; i++ {
		vals = append(vals, math.Float64frombits(r.Uint64()&^(1<<63>>1)|uint64(r.Intn(2))<<63))
		vals = append(vals, r.NormFloat64()*math.Pow(10, float64(r.Intn(40)-20)))
	}
	var floats []floatCase
	for _, v := range vals {
		// Size 32 formats the value rounded to float32 and, when that differs,
		// the float64 itself, which FormatFloat rounds (to ±Inf past MaxFloat32).
		cases := []struct {
			x    float64
			size int
		}{{v, 64}, {float64(float32(v)), 32}}
		if float64(float32(v)) != v && !math.IsNaN(v) {
			cases = append(cases, struct {
				x    float64
				size int
			}{v, 32})
		}
		for _, c := range cases {
			for _, f := range []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X'} {
				for _, prec := range []int{-1, 0, 1, 2, 3, 5, 8, 10, 15, 16, 17, 20, 25} {
					if f == 'b' && prec != -1 {
						continue
					}
					floats = append(floats, floatCase{strconv.FormatUint(math.Float64bits(c.x), 16), string(f), prec, c.size, strconv.FormatFloat(c.x, f, prec, c.size)})
				}
			}
		}
	}

	var parses []parseCase
	errText := func(err error) string {
		if err == nil {
			return ""
		}
		return err.Error()
	}
	intIns := []string{"0", "1", "-1", "+5", "42", "007", "0x1f", "0b101", "0o17", "1_000", "_1", "1__0", "abc", "", "-", "9223372036854775807",
		"9223372036854775808", "-9223372036854775808", "-9223372036854775809", "18446744073709551615", "18446744073709551616",
		"99999999999999999999", " 1", "1 ", "12a", "0X10", "-0x10", "1e3", "٣"}
	for _, s := range intIns {
		v, err := strconv.Atoi(s)
		parses = append(parses, parseCase{"Atoi", s, 10, 0, strconv.Itoa(v), errText(err)})
		for _, base := range []int{0, 10, 16, 2, 36} {
			for _, size := range []int{64, 32, 8} {
				v, err := strconv.ParseInt(s, base, size)
				parses = append(parses, parseCase{"ParseInt", s, base, size, strconv.FormatInt(v, 10), errText(err)})
				u, err := strconv.ParseUint(s, base, size)
				parses = append(parses, parseCase{"ParseUint", s, base, size, strconv.FormatUint(u, 10), errText(err)})
			}
		}
	}
	// Bad bases and bit sizes: the error names them.
	for _, s := range []string{"1", "-12", "", "x"} {
		for _, bs := range [][2]int{{1, 64}, {37, 64}, {-1, 64}, {100, 64}, {10, 65}, {10, -1}, {0, 128}, {1, 65}} {
			v, err := strconv.ParseInt(s, bs[0], bs[1])
			parses = append(parses, parseCase{"ParseInt", s, bs[0], bs[1], strconv.FormatInt(v, 10), errText(err)})
			u, err := strconv.ParseUint(s, bs[0], bs[1])
			parses = append(parses, parseCase{"ParseUint", s, bs[0], bs[1], strconv.FormatUint(u, 10), errText(err)})
		}
	}
	floatIns := []string{"0", "1", "-1.5", "+2", ".5", "5.", "1e10", "1E-5", "1e400", "-1e400", "1e-400", "inf", "-Inf", "+INF", "infinity", "nan", "NaN",
		"abc", "", "1.2.3", "0.1", "3.14159265358979323846", "1_000.5", "e5", "1e", "0x1p-2", "  1", "4.9e-324", "2.5e-324", "1.7976931348623157e308",
		"1.7976931348623159e308", "123456789012345678901234567890", "1e39", "-1e39", "3.40282356e38", "0x1p128", "1e-50"}
	for _, s := range floatIns {
		for _, size := range []int{64, 32} {
			v, err := strconv.ParseFloat(s, size)
			parses = append(parses, parseCase{"ParseFloat", s, 0, size, strconv.FormatFloat(v, 'g', -1, 64), errText(err)})
		}
	}
	for _, s := range []string{"1", "t", "T", "true", "TRUE", "True", "0", "f", "F", "false", "FALSE", "False", "yes", "", "tRUE"} {
		v, err := strconv.ParseBool(s)
		parses = append(parses, parseCase{"ParseBool", s, 0, 0, strconv.FormatBool(v), errText(err)})
	}

	type kv struct {
		In  string `json:"in"`
		Out string `json:"out"`
	}
	var ints []kv
	for _, v := range []int64{0, 1, -1, 9, 10, 99, 100, -99, 12345, math.MaxInt64, math.MinInt64, 1 << 53, -(1 << 40)} {
		for _, base := range []int{10, 2, 8, 16, 36} {
			ints = append(ints, kv{strconv.FormatInt(v, 10) + "/" + strconv.Itoa(base), strconv.FormatInt(v, base)})
		}
	}
	var quotes []kv
	for _, s := range []string{"", "hi", "a\"b", "back\\slash", "tab\t", "nl\n", "\x00\x07\x1b\x7f", "日本", "é", "\u2028", "😀", "\xff\xfe", "a\xc0b", "\ufeff", "\u00a0", "\u200b"} {
		quotes = append(quotes, kv{s, strconv.Quote(s)})
		quotes = append(quotes, kv{"ascii:" + s, strconv.QuoteToASCII(s)})
	}
	var runes []kv
	for _, r := range []rune{'a', '\'', '"', '\n', 0, 0x7f, 'é', '日', 0x1F600, 0xD800, 0x110000, -1, 0xFFFD, 0xA0} {
		runes = append(runes, kv{strconv.Itoa(int(r)), strconv.QuoteRune(r)})
	}
	var durs []kv
	for _, d := range []time.Duration{0, 1, 999, 1000, 1001, 1500, 999999, 1000000, 1500000, 100 * time.Millisecond, time.Second,
		1500 * time.Millisecond, 2*time.Minute + 3500*time.Millisecond, time.Hour, 25*time.Hour + 1, -1, -1500 * time.Millisecond,
		math.MaxInt64, math.MinInt64, 3*time.Hour + 4*time.Minute + 5*time.Second + 6*time.Millisecond, 59 * time.Second,
		60 * time.Second, 1234567 * time.Microsecond, 100 * time.Hour} {
		durs = append(durs, kv{strconv.FormatInt(int64(d), 10), d.String()})
	}
	var pd []kv
	for _, s := range []string{"0", "1s", "1.5s", "2m3.5s", "100ms", "1h2m", "-3us", "5µs", "1ns", "", "x", "1", "1.s", ".5h", "1d", "+2h"} {
		d, err := time.ParseDuration(s)
		out := strconv.FormatInt(int64(d), 10)
		if err != nil {
			out = "error"
		}
		pd = append(pd, kv{s, out})
	}
	json.NewEncoder(os.Stdout).Encode(map[string]any{
		"about":         "strconv and time.Duration output of Go 1.19, recorded by scripts/fixtures-std.sh running scripts/go/std/strconvcases.go. floats: FormatFloat(x, fmt, prec, size) with x given by its float64 bits in hex; parses: value and error text (\"\" for nil) of each parse function; ints: FormatInt keyed value/base.",
		"floats":        floats,
		"parses":        parses,
		"ints":          ints,
		"quotes":        quotes,
		"runes":         runes,
		"durations":     durs,
		"parseDuration": pd,
	})
}
