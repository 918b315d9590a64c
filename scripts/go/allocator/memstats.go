// Command memstats records what Go 1.19's runtime.MemStats says about the
// allocator, as JSON on stdout, for scripts/fixtures-allocator.sh.
//
// It reads the MemStats the program starts with, then turns the collector off and
// measures the MemStats deltas around allocation patterns. Every pattern stores its
// objects into a package-level array, so each object escapes to the heap and the
// sinks themselves never grow (no append allocations inside a measurement).
// runtime.ReadMemStats flushes every mcache, which also empties the tiny block, so
// each pattern starts with no partly used 16-byte tiny block.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"runtime"
	"runtime/debug"
	"strconv"
)

// Globals rather than locals: ReadMemStats must see the same struct before and
// after a pattern without the structs themselves being allocated in between.
var startup, before, after runtime.MemStats

type node struct {
	item        int
	left, right *node
}

// withPointer makes a pointer-bearing (scan) object of exactly N bytes when N is a
// multiple of 8; such objects never go to the tiny allocator.
type withPointer[N any] struct {
	p   *byte
	pad N
}

var (
	sinkInt8   [100]*int8
	sinkInt32  [40]*int32
	sink3      [50]*[3]byte
	sink12     [30]*[12]byte
	sinkMix1   [20]*[1]byte
	sinkMix2   [20]*[2]byte
	sinkMix4   [20]*[4]byte
	sinkMix8   [20]*[8]byte
	sinkMix12  [20]*[12]byte
	sinkPtr    [100]**int
	sinkNodes  [1000]*node
	sinkAny    [100]any
	sinkBytes  [100][]byte
	sinkPtrs   [100][]*int
	sinkString [100]string
)

// Strings whose contents the compiler cannot see, so concatenation happens at run
// time.
var (
	str5  = "hello"
	str6  = ", gopher"[:6]
	str40 = string(bytes.Repeat([]byte("a"), 40))
	str60 = string(bytes.Repeat([]byte("b"), 60))
)

//go:noinline
func fill[T any](sink []*T) {
	for i := range sink {
		sink[i] = new(T)
	}
}

// fillAny boxes nothing: new(T) is already a pointer, and storing a pointer in an
// interface does not allocate.
//
//go:noinline
func fillAny[T any](n int) {
	for i := 0; i < n; i++ {
		sinkAny[i] = new(T)
	}
}

//go:noinline
func makeBytes(n, count int) {
	for i := 0; i < count; i++ {
		sinkBytes[i] = make([]byte, n)
	}
}

//go:noinline
func makePtrs(n, count int) {
	for i := 0; i < count; i++ {
		sinkPtrs[i] = make([]*int, n)
	}
}

//go:noinline
func concat(a, b string) string { return a + b }

//go:noinline
func concatN(a, b string, count int) {
	for i := 0; i < count; i++ {
		sinkString[i] = concat(a, b)
	}
}

type pattern struct {
	name, note string
	run        func()
}

var patterns = []pattern{
	{"new_int8_x100", "100 × new(int8): tiny, 16 per 16-byte block",
		func() { fill(sinkInt8[:]) }},
	{"array3_x50", "50 × new([3]byte): tiny, unaligned, 5 per block",
		func() { fill(sink3[:]) }},
	{"int32_x40", "40 × new(int32): tiny, 4-aligned, 4 per block",
		func() { fill(sinkInt32[:]) }},
	{"array12_x30", "30 × new([12]byte): tiny, 4-aligned, 1 per block",
		func() { fill(sink12[:]) }},
	{"tiny_mix_1_2_4_8_12_x20", "20 rounds of new([1]byte), new([2]byte), new([4]byte), new([8]byte), new([12]byte) in that order",
		func() {
			for i := 0; i < 20; i++ {
				sinkMix1[i] = new([1]byte)
				sinkMix2[i] = new([2]byte)
				sinkMix4[i] = new([4]byte)
				sinkMix8[i] = new([8]byte)
				sinkMix12[i] = new([12]byte)
			}
		}},
	{"ptr_x100", "100 × new(*int): 8 bytes with a pointer, class 1, not tiny",
		func() { fill(sinkPtr[:]) }},
	{"node_x1000", "1000 × &node{item int; left, right *node}: 24 bytes with pointers, class 3",
		func() { fill(sinkNodes[:]) }},
	{"bytes8_x100", "100 × new([8]byte): noscan and < 16 bytes, so tiny", func() { fillAny[[8]byte](100) }},
	{"bytes16_x100", "100 × new([16]byte): noscan, class 2 (not tiny: size == 16)", func() { fillAny[[16]byte](100) }},
	{"bytes33_x100", "100 × new([33]byte): noscan, class 5 (48 B)", func() { fillAny[[33]byte](100) }},
	{"bytes100_x100", "100 × new([100]byte): noscan, class 9 (112 B)", func() { fillAny[[100]byte](100) }},
	{"bytes1025_x100", "100 × new([1025]byte): noscan, class 33 (1152 B)", func() { fillAny[[1025]byte](100) }},
	{"bytes9000_x100", "100 × new([9000]byte): noscan, class 52 (9472 B)", func() { fillAny[[9000]byte](100) }},
	{"bytes32768_x100", "100 × new([32768]byte): noscan, class 67, the largest small size", func() { fillAny[[32768]byte](100) }},
	{"ptr16_x100", "100 × 16-byte struct{p *byte; [8]byte}: scan, class 2", func() { fillAny[withPointer[[8]byte]](100) }},
	{"ptr40_x100", "100 × 40-byte struct{p *byte; [32]byte} (33 rounds to 40 with a pointer): class 5 (48 B)", func() { fillAny[withPointer[[32]byte]](100) }},
	{"ptr104_x100", "100 × 104-byte struct{p *byte; [96]byte}: class 9 (112 B)", func() { fillAny[withPointer[[96]byte]](100) }},
	{"ptr1032_x100", "100 × 1032-byte struct{p *byte; [1024]byte}: class 33 (1152 B)", func() { fillAny[withPointer[[1024]byte]](100) }},
	{"ptr9000_x100", "100 × 9000-byte struct{p *byte; [8992]byte}: class 52 (9472 B)", func() { fillAny[withPointer[[8992]byte]](100) }},
	{"ptr32768_x100", "100 × 32768-byte struct{p *byte; [32760]byte}: class 67", func() { fillAny[withPointer[[32760]byte]](100) }},
	{"large32769_x10", "10 × new([32769]byte): large, 5 pages (40960 B) each", func() { fillAny[[32769]byte](10) }},
	{"large100000_x10", "10 × new([100000]byte): large, 13 pages (106496 B) each", func() { fillAny[[100000]byte](10) }},
	{"make_bytes_0_x100", "100 × make([]byte, 0) (length from a parameter): no allocation, zerobase", func() { makeBytes(0, 100) }},
	{"make_bytes_5_x100", "100 × make([]byte, 5): tiny, unaligned, 3 per block", func() { makeBytes(5, 100) }},
	{"make_bytes_24_x100", "100 × make([]byte, 24): class 3", func() { makeBytes(24, 100) }},
	{"make_bytes_1000_x100", "100 × make([]byte, 1000): class 32 (1024 B)", func() { makeBytes(1000, 100) }},
	{"make_bytes_1020_x100", "100 × make([]byte, 1020): size 1017..1024, class 32 via size_to_class128[0]", func() { makeBytes(1020, 100) }},
	{"make_bytes_5000_x100", "100 × make([]byte, 5000): class 46 (5376 B)", func() { makeBytes(5000, 100) }},
	{"make_bytes_40000_x10", "10 × make([]byte, 40000): large, 5 pages", func() { makeBytes(40000, 10) }},
	{"make_ptrs_1_x100", "100 × make([]*int, 1): 8 B scan, class 1", func() { makePtrs(1, 100) }},
	{"make_ptrs_3_x100", "100 × make([]*int, 3): 24 B, class 3", func() { makePtrs(3, 100) }},
	{"make_ptrs_100_x100", "100 × make([]*int, 100): 800 B, class 31 (896 B)", func() { makePtrs(100, 100) }},
	{"make_ptrs_5000_x10", "10 × make([]*int, 5000): 40000 B, large, 5 pages", func() { makePtrs(5000, 10) }},
	{"concat_5_6_x100", "100 × a+b with len 5 and 6: 11-byte noscan string data goes to the tiny allocator, but two never share a block", func() { concatN(str5, str6, 100) }},
	{"concat_40_60_x100", "100 × a+b with len 40 and 60: 100 bytes, class 9 (112 B)", func() { concatN(str40, str60, 100) }},
}

// object is a JSON object that keeps its keys in the order they were added.
type object []field

type field struct {
	key   string
	value any
}

func (o object) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, f := range o {
		if i > 0 {
			b.WriteByte(',')
		}
		k, _ := json.Marshal(f.key)
		v, err := json.Marshal(f.value)
		if err != nil {
			return nil, err
		}
		b.Write(k)
		b.WriteByte(':')
		b.Write(v)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// scalars lists every field of m that is not an array, in declaration order.
func scalars(m *runtime.MemStats) object {
	var o object
	v := reflect.ValueOf(m).Elem()
	for i := 0; i < v.NumField(); i++ {
		if v.Field(i).Kind() == reflect.Array {
			continue
		}
		o = append(o, field{v.Type().Field(i).Name, v.Field(i).Interface()})
	}
	return o
}

func measure(p pattern) object {
	runtime.ReadMemStats(&before)
	p.run()
	runtime.ReadMemStats(&after)
	bySize := object{}
	for i := range after.BySize {
		if d := after.BySize[i].Mallocs - before.BySize[i].Mallocs; d != 0 {
			bySize = append(bySize, field{strconv.Itoa(int(after.BySize[i].Size)), d})
		}
	}
	// Deltas are signed: nothing guarantees a counter only grows between two reads.
	delta := func(a, b uint64) int64 { return int64(a - b) }
	return object{
		{"name", p.name},
		{"note", p.note},
		{"Mallocs", delta(after.Mallocs, before.Mallocs)},
		{"Frees", delta(after.Frees, before.Frees)},
		{"TotalAlloc", delta(after.TotalAlloc, before.TotalAlloc)},
		{"HeapObjects", delta(after.HeapObjects, before.HeapObjects)},
		{"HeapAlloc", delta(after.HeapAlloc, before.HeapAlloc)},
		{"BySizeMallocs", bySize},
	}
}

func main() {
	// Before anything else, so the snapshot is of a program that has done nothing.
	runtime.ReadMemStats(&startup)

	gcPercent := debug.SetGCPercent(-1)
	// SetMemoryLimit(-1) only reads the limit. It is a string in the JSON because
	// the default, math.MaxInt64, does not survive a float64 round trip.
	memoryLimit := strconv.FormatInt(debug.SetMemoryLimit(-1), 10)

	sizes := make([]uint32, len(startup.BySize))
	for i, s := range startup.BySize {
		sizes[i] = s.Size
	}
	results := make([]object, 0, len(patterns))
	for _, p := range patterns {
		results = append(results, measure(p))
	}

	out := object{
		{"go_version", runtime.Version()},
		{"goos_goarch", runtime.GOOS + "/" + runtime.GOARCH},
		{"GOMAXPROCS", runtime.GOMAXPROCS(0)},
		{"GOGC", os.Getenv("GOGC")},
		{"GOMEMLIMIT", os.Getenv("GOMEMLIMIT")},
		{"gc_percent", gcPercent},
		{"memory_limit", memoryLimit},
		{"by_size_sizes", sizes},
		{"startup", scalars(&startup)},
		{"patterns", results},
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
