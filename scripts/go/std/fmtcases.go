// Prints, as JSON, fmt's output for many (function, format, arguments) cases,
// with each argument described by its %T string and value so that a test can
// rebuild it in gomem's heap. Addresses never appear in the output.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"reflect"
	"sort"
	"strconv"
	"time"
)

type P struct{ X, Y int }

type N struct {
	Name string
	P    *P
	In   any
	s    []int
}

type Color int

func (c Color) String() string {
	switch c {
	case 0:
		return "red"
	case 1:
		return "green"
	}
	return "Color(" + strconv.Itoa(int(c)) + ")"
}

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return "myerr " + strconv.Itoa(e.Code) }

type Panicky int

func (Panicky) String() string { panic("boom") }

type NilStr struct{ X int }

func (n *NilStr) String() string { return "X=" + strconv.Itoa(n.X) }

type MyInt int

type Holder struct {
	C   Color
	c   Color
	E   error
	Arr [2]Color
}

// encode describes v: {"T": %T, "V": value}. Floats and integers are strings.
func encode(v any) any {
	if v == nil {
		return nil
	}
	return enc(reflect.ValueOf(v))
}

func enc(v reflect.Value) any {
	t := v.Type().String()
	switch v.Kind() {
	case reflect.Bool:
		return map[string]any{"T": t, "V": v.Bool()}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return map[string]any{"T": t, "V": strconv.FormatInt(v.Int(), 10)}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return map[string]any{"T": t, "V": strconv.FormatUint(v.Uint(), 10)}
	case reflect.Float32, reflect.Float64:
		f := v.Float()
		s := strconv.FormatFloat(f, 'g', -1, 64)
		if f == 0 && math.Signbit(f) {
			s = "-0"
		}
		return map[string]any{"T": t, "V": s}
	case reflect.Complex64, reflect.Complex128:
		c := v.Complex()
		return map[string]any{"T": t, "V": []string{strconv.FormatFloat(real(c), 'g', -1, 64), strconv.FormatFloat(imag(c), 'g', -1, 64)}}
	case reflect.String:
		return map[string]any{"T": t, "V": v.String()}
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return map[string]any{"T": t, "V": nil}
		}
		return map[string]any{"T": t, "V": enc(v.Elem())}
	case reflect.Map:
		if v.IsNil() {
			return map[string]any{"T": t, "V": nil}
		}
		out := []any{}
		iter := v.MapRange()
		for iter.Next() {
			out = append(out, []any{enc(iter.Key()), enc(iter.Value())})
		}
		return map[string]any{"T": t, "V": out}
	case reflect.Slice:
		if v.IsNil() {
			return map[string]any{"T": t, "V": nil}
		}
		fallthrough
	case reflect.Array, reflect.Struct:
		var out []any
		n := v.Len
		if v.Kind() == reflect.Struct {
			n = v.NumField
		}
		for i := 0; i < n(); i++ {
			if v.Kind() == reflect.Struct {
				out = append(out, enc(v.Field(i)))
			} else {
				out = append(out, enc(v.Index(i)))
			}
		}
		if out == nil {
			out = []any{}
		}
		return map[string]any{"T": t, "V": out}
	}
	panic("cannot encode " + t)
}

type Case struct {
	Fn   string `json:"fn"`
	F    string `json:"f,omitempty"`
	Args []any  `json:"args"`
	Out  string `json:"out"`
}

func main() {
	var cases []Case
	add := func(fn, f string, args ...any) {
		var out string
		switch fn {
		case "Sprintf":
			out = fmt.Sprintf(f, args...)
		case "Sprint":
			out = fmt.Sprint(args...)
		case "Sprintln":
			out = fmt.Sprintln(args...)
		case "Errorf":
			out = fmt.Errorf(f, args...).Error()
		}
		enc := make([]any, len(args))
		for i, a := range args {
			enc[i] = encode(a)
		}
		cases = append(cases, Case{fn, f, enc, out})
	}

	floats := []any{0.0, math.Copysign(0, -1), 1.0, -1.0, 0.1, 0.2 + 0.1, 1e6, 1e21, 1e20, 123456789.0, 1.5, 2.5, 0.5,
		-0.5, 1e-6, 1e-7, 3.14159, 2.0 / 3, math.MaxFloat64, math.SmallestNonzeroFloat64, math.NaN(), math.Inf(1),
		math.Inf(-1), 100.0, 1e5, 123456.7, 999999.5, 0.000123456, 5e-324, 1.0000000000000002, 9007199254740993.0,
		float32(0.1), float32(1e10), float32(3.4e38), float32(1) / 3, float32(16777217), 1234.5678, 0.125, 0.375, 1e23}
	floatVerbs := []string{"%v", "%g", "%e", "%E", "%f", "%F", "%G", "%.0f", "%.1f", "%.2f", "%.3e", "%.10g", "%.3g",
		"%8.3f", "%-8.3f|", "%+f", "% f", "%08.3f", "%#g", "%#.3g", "%#v", "%x", "%X", "%b", "%.3x", "%12.4e", "%.0e",
		"%+.2e", "%.20f", "%.17g", "%6.2f", "%-10v|", "%010v", "%+v", "%.1g", "%.0g", "%#.0f", "%#e"}
	for _, v := range floats {
		for _, f := range floatVerbs {
			add("Sprintf", f, v)
		}
	}
	ints := []any{0, 1, -1, 42, -42, 255, 1 << 40, math.MaxInt64, math.MinInt64, int8(-128), int16(300), int32(-7),
		uint(7), uint8(200), uint16(65535), uint32(4294967295), uint64(math.MaxUint64), uintptr(4096), 'x', '世', MyInt(5),
		int64(9007199254740993)}
	intVerbs := []string{"%v", "%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%x", "%X", "%#x", "%#X", "%o", "%#o", "%O",
		"%b", "%#b", "%c", "%q", "%+q", "%U", "%#U", "%.3d", "%8.3d", "%08.3d", "%.0d", "%s", "%t", "%e", "%#v",
		"%x|%X", "%-08d|", "%+05d", "% 05d", "%#08x", "%f"}
	for _, v := range ints {
		for _, f := range intVerbs {
			add("Sprintf", f, v)
		}
	}
	strs := []any{"", "hi", "hello, world", "tab\there", "quote\"s", "back`tick", "日本語", "\x00\x01", "\u00e9t\u00e9",
		"line\nbreak", "\u2028", "smile😀", "\u007f", "\ufeff"}
	strVerbs := []string{"%v", "%s", "%q", "%+q", "%#q", "%x", "%X", "% x", "%# x", "%#x", "%10s|", "%-10s|", "%.2s",
		"%5.1s|", "%d", "%010s", "%#v", "%T", "%c", "%.3q", "%.1x"}
	for _, v := range strs {
		for _, f := range strVerbs {
			add("Sprintf", f, v)
		}
	}
	bools := []any{true, false}
	for _, v := range bools {
		for _, f := range []string{"%v", "%t", "%5t|", "%-6t|", "%d", "%s", "%#v", "%q"} {
			add("Sprintf", f, v)
		}
	}
	comps := []any{complex(1, 2), complex(-1.5, 0.25), complex64(complex(3, -4)), complex(math.Inf(1), math.NaN())}
	for _, v := range comps {
		for _, f := range []string{"%v", "%.2f", "%e", "%g", "%+v", "%#v", "%8.2f", "%d"} {
			add("Sprintf", f, v)
		}
	}
	composites := []any{
		P{1, 2}, &P{3, 4}, []int{1, 2, 3}, []int{}, []int(nil), [3]int{7, 8, 9}, []string{"a", "b c"},
		[]byte("hi"), []byte(nil), []byte{}, [4]byte{1, 2, 3, 250}, []any{1, "a", nil, 2.5, true},
		N{"n", &P{5, 6}, 7, []int{1}}, N{"m", nil, nil, nil}, &N{"k", nil, P{1, 1}, nil},
		[]*P{nil}, []P{{1, 2}, {3, 4}}, [][]int{{1}, {2, 3}}, struct{}{}, &struct{ A []int }{[]int{1}},
		Color(0), Color(1), Color(7), []Color{0, 1, 2}, &MyErr{3}, []error{&MyErr{1}, nil},
		Panicky(1), (*NilStr)(nil), &NilStr{4}, []*NilStr{nil, {2}},
		Holder{1, 1, &MyErr{9}, [2]Color{0, 1}}, &Holder{0, 1, nil, [2]Color{1, 0}},
		errors.New("plain"), []MyInt{1, 2}, [2]bool{true, false}, []float64{1, 2.5, 1e6, 1e-7},
		[]float32{0.1, 3}, []string(nil), [0]int{}, []uint8{0, 255}, []int8{-1, 2}, struct{ A, b int }{1, 2},
		&[]int{1, 2}, &[2]string{"x", "y"}, []*int{nil}, []any{nil, []int(nil)},
		map[string]int{"b": 2, "a": 1, "c": 3}, map[int]string{10: "x", -1: "y", 3: "z"}, map[string]int(nil),
		map[string]int{}, map[float64]bool{math.NaN(): true, 1.5: false, math.Inf(-1): true, 0: false},
		map[P]bool{{2, 1}: true, {1, 2}: false, {1, 1}: true}, map[bool]int{true: 1, false: 0},
		map[int][20]int{2: {1}, 1: {2, 3}}, map[string]Color{"z": 1, "y": 0}, &map[string]int{"k": 1},
		map[string][]int{"a": {1}, "b": nil}, N{"mm", nil, map[string]int{"q": 1, "p": 2}, nil},
		map[int]int{9: 9, 8: 8, 7: 7, 6: 6, 5: 5, 4: 4, 3: 3, 2: 2, 1: 1, 0: 0, 10: 10, 11: 11, 12: 12, 13: 13, 14: 14, 15: 15, 16: 16, 17: 17},
		map[string]any{"i": 1, "s": "x", "n": nil}, map[int8]uint{-3: 3, 2: 2},
	}
	compVerbs := []string{"%v", "%+v", "%#v", "%T", "%d", "%s", "%q", "%x", "%X", "%5v|", "%-5v|", "%05v", "%.1v", "%t", "%8.2f"}
	for _, v := range composites {
		for _, f := range compVerbs {
			add("Sprintf", f, v)
		}
	}
	// Flags, arguments and errors in the format itself.
	add("Sprintf", "%d %d", 1)
	add("Sprintf", "%d", 1, 2, "x")
	add("Sprintf", "%!", 1)
	add("Sprintf", "%", 1)
	add("Sprintf", "%z", 1)
	add("Sprintf", "%z", "s")
	add("Sprintf", "%[2]d %[1]d", 1, 2)
	add("Sprintf", "%[3]d", 1, 2)
	add("Sprintf", "%[0]d", 1)
	add("Sprintf", "%[1]d %d", 5, 6)
	add("Sprintf", "%[2]*[1]d|", 12, 5)
	add("Sprintf", "%*d|", 5, 42)
	add("Sprintf", "%-*d|", 5, 42)
	add("Sprintf", "%*d|", -5, 42)
	add("Sprintf", "%.*f|", 2, 3.14159)
	add("Sprintf", "%*.*f|", 8, 2, 3.14159)
	add("Sprintf", "%*d", "x", 42)
	add("Sprintf", "%.*d", "x", 42)
	add("Sprintf", "%*d", 10000000, 42)
	add("Sprintf", "%.*f", -1, 2.5)
	add("Sprintf", "100%%")
	add("Sprintf", "%5%|")
	add("Sprintf", "%v %v", nil, nil)
	add("Sprintf", "%d", nil)
	add("Sprintf", "%s", nil)
	add("Sprintf", "%T", nil)
	add("Sprintf", "%.d", 0)
	add("Sprintf", "%-010d|", 3)
	add("Sprintf", "%d%%", 50)
	add("Sprintf", "no verbs", 1, nil)
	add("Sprintf", "%v", []any{})
	add("Sprintf", "%3c|%-3c|", 'a', 'b')
	add("Sprintf", "%x %X", "héllo", []byte("héllo"))
	add("Sprintf", "%10.3v|", "abcdef")
	add("Sprintf", "%6.2v|", 3.14159)
	add("Sprintf", "%w", &MyErr{1})
	add("Sprintf", "%s", &MyErr{2})
	add("Sprintf", "%d", &MyErr{2})
	add("Sprintf", "%v %s %d", Color(1), Color(1), Color(1))
	add("Sprintf", "%x", Color(1))
	add("Sprintf", "%08v", Color(0))
	add("Sprintf", "%.2s", Color(1))
	add("Errorf", "wrapped: %w", &MyErr{5})
	add("Errorf", "plain %d", 3)
	add("Errorf", "two %w %w", &MyErr{1}, &MyErr{2})
	add("Errorf", "bad %w", 3)
	// Print and Println spacing rules.
	add("Sprint", "", 1, 2, "a", "b", 3, nil, 4.5, "c", true)
	add("Sprint", "", "a", 1, "b")
	add("Sprint", "")
	add("Sprint", "", 1, 2)
	add("Sprint", "", Color(1), 2, "x", &P{1, 2}, []int{1})
	add("Sprintln", "", 1, 2, "a", "b", nil, 1e6, 1e-7, 3.0, float32(0.1))
	add("Sprintln", "")
	add("Sprintln", "", "x", &P{1, 2}, P{3, 4}, Color(7), &MyErr{4}, Panicky(2))
	add("Sprintln", "", time.Duration(1500)*time.Millisecond)

	json.NewEncoder(os.Stdout).Encode(map[string]any{
		"about": "fmt output of Go 1.19 for each case, recorded by scripts/fixtures-std.sh running scripts/go/std/fmtcases.go. args: each argument as {T: %T string, V: value} (integers and floats as strings, nil pointers/slices/interfaces as null); null is a nil interface.",
		"cases": cases,
	})
	_ = sort.Ints
}
