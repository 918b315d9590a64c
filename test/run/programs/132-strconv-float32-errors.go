// strconv: a float64 formatted as float32 is rounded first (past MaxFloat32 it is
// ±Inf in every format); ParseInt/ParseUint name the bad base or bit size.
package main

import (
	"errors"
	"fmt"
	"math"
	"runtime"
	"strconv"
)

var sink error

func main() {
	values := []float64{1e39, -1e39, math.MaxFloat32, 3.4028235677973366e38, 3.4028235677973362e38,
		math.Inf(1), math.Inf(-1), math.NaN(), 1e-46, -1e-46, 1.5e-45, math.Copysign(0, -1)}
	for _, x := range values {
		for _, bits := range []int{32, 64} {
			for _, f := range []byte{'g', 'e', 'f', 'G', 'E', 'b', 'x', 'X', 'z'} {
				for _, prec := range []int{-1, 0, 3} {
					fmt.Print(strconv.FormatFloat(x, f, prec, bits), " ")
				}
			}
			fmt.Println()
		}
		f := float32(x)
		fmt.Printf("%v %g %e %f %.2f %G %E %b %x %8.3f %+v|%-6v|%06.1f\n", f, f, f, f, f, f, f, f, f, f, f, f, f)
		fmt.Println(f, float64(f), fmt.Sprint(f), []float32{f}, strconv.FormatFloat(float64(f), 'g', -1, 32))
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(strconv.FormatFloat(1.5, 'g', -1, 16))
	}()

	for _, s := range []string{"1e39", "-1e39", "3.4028235e38", "3.40282356e38", "1e-50", "1e309", "0x1p128", "inf"} {
		f, err := strconv.ParseFloat(s, 32)
		g, err2 := strconv.ParseFloat(s, 64)
		fmt.Println(f, err, g, err2)
	}

	cases := []struct {
		s          string
		base, bits int
	}{{"1", 1, 64}, {"1", 37, 64}, {"1", -1, 64}, {"-1", 100, 64}, {"1", 10, 65}, {"1", 10, -1}, {"1", 10, 0},
		{"", 1, 64}, {"x", 1, 65}, {"300", 10, 8}, {"1", 0, 128}, {"z", 36, 64}, {"-0x_1F", 0, 64}}
	for _, c := range cases {
		a, err := strconv.ParseInt(c.s, c.base, c.bits)
		b, err2 := strconv.ParseUint(c.s, c.base, c.bits)
		fmt.Println(a, err, b, err2)
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Printf("%s %q %v %v %v\n", ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrSyntax), errors.Is(err, strconv.ErrRange))
		}
	}

	// A base or bit size error is a new error each time: concatenated text,
	// errors.New and the NumError (Itoa allocates outside 0..99).
	var m0, m1 runtime.MemStats
	_, sink = strconv.ParseInt("12", 1, 64)
	_, sink = strconv.ParseUint("12", 1, 64)
	for _, c := range [][2]int{{1, 64}, {37, 64}, {100, 64}, {-1, 64}, {10, 65}, {10, 128}, {10, -5}} {
		runtime.ReadMemStats(&m0)
		_, sink = strconv.ParseInt("12", c[0], c[1])
		runtime.ReadMemStats(&m1)
		fmt.Println(c, m1.Mallocs-m0.Mallocs, m1.TotalAlloc-m0.TotalAlloc)
		runtime.ReadMemStats(&m0)
		_, sink = strconv.ParseUint("12", c[0], c[1])
		runtime.ReadMemStats(&m1)
		fmt.Println(c, m1.Mallocs-m0.Mallocs, m1.TotalAlloc-m0.TotalAlloc)
	}
}
