// Command maps records what Go 1.19's maps allocate and where their keys land,
// as JSON on stdout, for scripts/fixtures-maps.sh.
//
// Go hashes map keys with a random per-process key and a random per-map seed,
// so how many overflow buckets a map needs — and so what it allocates — varies
// from run to run. To make runs reproducible the program switches the runtime
// to its portable hash (runtime.useAeshash = false, as on a CPU without AES),
// fixes runtime.hashkey, and writes a fixed seed into each map's hmap.hash0
// right after make (and again wherever Go reseeds: after mapclear, or when a
// delete empties the map). Both are done through go:linkname and unsafe before
// any map is made; the program imports nothing that keeps maps of its own.
//
// patterns: MemStats deltas (GOGC off, a GC before each) around map operations
// on package-level maps, so every map escapes to the heap. Anything a pattern
// needs besides the map (string keys, pointed-to values) is allocated before
// the measurement. hashes: for maps of many key types made with hint 200
// (2^5 buckets), the bucket and tophash of every key, read from the hmap.
package main

import (
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"unsafe"
)

//go:linkname useAeshash runtime.useAeshash
var useAeshash bool

//go:linkname hashkey runtime.hashkey
var hashkey [4]uintptr

var fixedKey = [4]uintptr{0x243f6a8885a308d3, 0x13198a2e03707345, 0xa4093822299f31d1, 0x082efa98ec4e6c89}

const seed = 0x9e3779b9

// hmap's layout in Go 1.19 (runtime/map.go).
type hmap struct {
	count      int
	flags      uint8
	B          uint8
	noverflow  uint16
	hash0      uint32
	buckets    unsafe.Pointer
	oldbuckets unsafe.Pointer
	nevacuate  uintptr
	extra      unsafe.Pointer
}

func hmapOf[K comparable, V any](m map[K]V) *hmap { return *(**hmap)(unsafe.Pointer(&m)) }

func reseed[K comparable, V any](m map[K]V) { hmapOf(m).hash0 = seed }

type T struct{ a, b int }

var (
	mInt    map[int]int
	mStr    map[string]int
	mPtr    map[int]*T
	mBig    map[[200]byte]int
	mE128   map[int64][128]byte
	mE129   map[int64][129]byte
	hint    int
	n       int
	strKeys []string
	ts      []T
	sum     int
)

func keyStr(i int) string {
	s := "k" + strconv.Itoa(i)
	for j := 0; j < i%70; j++ {
		s += "x"
	}
	return s
}

func bigKey(i int) (k [200]byte) {
	k[0], k[1], k[2], k[3] = byte(i), byte(i>>8), byte(i>>16), byte(i>>24)
	k[199] = byte(i * 7)
	return
}

func fillInt()  { mInt = make(map[int]int); reseed(mInt); for i := 0; i < n; i++ { mInt[i] = i } }
func fillPtr()  { ts = make([]T, n); mPtr = make(map[int]*T); reseed(mPtr); for i := 0; i < n; i++ { mPtr[i] = &ts[i] } }

type pattern struct {
	name string
	ns   []int
	prep func()
	run  func()
}

var all = []int{1, 8, 9, 13, 14, 100, 1000, 10000}
var some = []int{1, 8, 9, 13, 14, 100, 1000}

var patterns = []pattern{
	{"make_hint", []int{0, 1, 8, 9, 13, 14, 26, 27, 52, 53, 100, 1000, 10000}, func() { hint = n }, func() { mInt = make(map[int]int, hint) }},
	{"insert_int", all, nil, fillInt},
	{"insert_int_hinted", all, func() { hint = n }, func() {
		mInt = make(map[int]int, hint)
		reseed(mInt)
		for i := 0; i < n; i++ {
			mInt[i] = i
		}
	}},
	{"insert_string", all, func() {
		strKeys = make([]string, n)
		for i := range strKeys {
			strKeys[i] = keyStr(i)
		}
	}, func() {
		mStr = make(map[string]int)
		reseed(mStr)
		for i := 0; i < n; i++ {
			mStr[strKeys[i]] = i
		}
	}},
	{"insert_ptr", all, func() { ts = make([]T, n) }, func() {
		mPtr = make(map[int]*T)
		reseed(mPtr)
		for i := 0; i < n; i++ {
			mPtr[i] = &ts[i]
		}
	}},
	{"insert_big_key", some, nil, func() {
		mBig = make(map[[200]byte]int)
		reseed(mBig)
		for i := 0; i < n; i++ {
			mBig[bigKey(i)] = i
		}
	}},
	{"insert_elem128", some, nil, func() {
		mE128 = make(map[int64][128]byte)
		reseed(mE128)
		for i := 0; i < n; i++ {
			var v [128]byte
			v[0] = byte(i)
			mE128[int64(i)] = v
		}
	}},
	{"insert_elem129", some, nil, func() {
		mE129 = make(map[int64][129]byte)
		reseed(mE129)
		for i := 0; i < n; i++ {
			var v [129]byte
			v[0] = byte(i)
			mE129[int64(i)] = v
		}
	}},
	{"update_int", all, fillInt, func() {
		for i := 0; i < n; i++ {
			mInt[i] = i + 1
		}
	}},
	{"delete_int", all, fillInt, func() {
		for i := 0; i < n; i++ {
			delete(mInt, i)
		}
	}},
	{"reinsert_after_delete_int", all, func() {
		fillInt()
		for i := 0; i < n; i++ {
			delete(mInt, i)
		}
		reseed(mInt)
	}, func() {
		for i := 0; i < n; i++ {
			mInt[i] = i
		}
	}},
	{"clear_int", all, fillInt, func() {
		for k := range mInt {
			delete(mInt, k)
		}
	}},
	{"reinsert_after_clear_int", all, func() {
		fillInt()
		for k := range mInt {
			delete(mInt, k)
		}
		reseed(mInt)
	}, func() {
		for i := 0; i < n; i++ {
			mInt[i] = i
		}
	}},
	{"range_int", all, fillInt, func() {
		for k, v := range mInt {
			sum += k + v
		}
	}},
	{"range_ptr", some, fillPtr, func() {
		for k, v := range mPtr {
			sum += k + v.a
		}
	}},
}

var before, after runtime.MemStats

var out []byte

func w(s string) { out = append(out, s...) }

func num(x uint64) string { return strconv.FormatUint(x, 10) }

func measure(name string, prep, run func()) {
	if prep != nil {
		prep()
	}
	runtime.GC()
	runtime.ReadMemStats(&before)
	run()
	runtime.ReadMemStats(&after)
	w(`{"name":"` + name + `","Mallocs":` + num(after.Mallocs-before.Mallocs) +
		`,"Frees":` + num(after.Frees-before.Frees) +
		`,"TotalAlloc":` + num(after.TotalAlloc-before.TotalAlloc) +
		`,"HeapAlloc":` + strconv.FormatInt(int64(after.HeapAlloc)-int64(before.HeapAlloc), 10) +
		`,"HeapObjects":` + strconv.FormatInt(int64(after.HeapObjects)-int64(before.HeapObjects), 10) +
		`,"BySize":{`)
	first := true
	for i := range after.BySize {
		d := after.BySize[i].Mallocs - before.BySize[i].Mallocs
		if d == 0 {
			continue
		}
		if !first {
			w(",")
		}
		first = false
		w(`"` + num(uint64(after.BySize[i].Size)) + `":` + num(d))
	}
	w("}}")
}

// dump writes [i, bucket, tophash] for every entry of the map h of ks-byte keys
// and int32 values (the keys' indexes); the map must not be growing.
func dump(name string, h *hmap, ks uintptr) {
	indirect := ks > 128
	if indirect {
		ks = 8
	}
	bsize := 8 + 8*ks + 8*4 + 8
	w(`{"type":"` + name + `","B":` + strconv.Itoa(int(h.B)) + `,"entries":[`)
	first := true
	for j := uintptr(0); j < 1<<h.B; j++ {
		for b := unsafe.Add(h.buckets, j*bsize); b != nil; b = *(*unsafe.Pointer)(unsafe.Add(b, bsize-8)) {
			for i := uintptr(0); i < 8; i++ {
				top := *(*uint8)(unsafe.Add(b, i))
				if top < 5 {
					continue
				}
				v := *(*int32)(unsafe.Add(b, 8+8*ks+4*i))
				if !first {
					w(",")
				}
				first = false
				w("[" + strconv.Itoa(int(v)) + "," + strconv.Itoa(int(j)) + "," + strconv.Itoa(int(top)) + "]")
			}
		}
	}
	w("]}")
}

const hashKeys = 100

func hashes[K comparable](name string, key func(i int) K) {
	m := make(map[K]int32, 200)
	reseed(m)
	for i := 0; i < hashKeys; i++ {
		m[key(i)] = int32(i)
	}
	var k K
	dump(name, hmapOf(m), unsafe.Sizeof(k))
}

type s1 struct {
	a int32
	s string
	f float64
}

type s2 struct {
	a, b int32
	c    int64
}

type s3 struct {
	a int64
	b int8
}

func main() {
	useAeshash = false
	hashkey = fixedKey
	debug.SetGCPercent(-1)
	w(`{"hashkey":[`)
	for i, k := range fixedKey {
		if i > 0 {
			w(",")
		}
		w(`"` + num(uint64(k)) + `"`)
	}
	w(`],"seed":` + num(seed) + `,"patterns":[`)
	first := true
	for _, p := range patterns {
		for _, x := range p.ns {
			n = x
			if !first {
				w(",")
			}
			first = false
			measure(p.name+"_"+strconv.Itoa(x), p.prep, p.run)
		}
	}
	w(`],"hashes":[`)
	hashes("int", func(i int) int { return i*7919 - 5000 })
	w(",")
	hashes("string", keyStr)
	w(",")
	hashes("float64", func(i int) float64 {
		if i == 0 {
			return 0
		}
		return float64(i)*0.37 - 3
	})
	w(",")
	hashes("[3]uint16", func(i int) [3]uint16 { return [3]uint16{uint16(i), uint16(3 * i), uint16(5 * i)} })
	w(",")
	hashes("[100]uint8", func(i int) (k [100]byte) {
		for j := range k {
			k[j] = byte(i*j + 1)
		}
		return
	})
	w(",")
	hashes("[200]uint8", bigKey)
	w(",")
	hashes("s1", func(i int) s1 { return s1{int32(i), keyStr(i), float64(i) / 3} })
	w(",")
	hashes("s2", func(i int) s2 { return s2{int32(i), int32(-i), int64(i) << 40} })
	w(",")
	hashes("s3", func(i int) s3 { return s3{int64(i) * 1000003, int8(i)} })
	w(",")
	hashes("complex128", func(i int) complex128 { return complex(float64(i), -float64(i)/2) })
	w(",")
	// Go 1.19's any does not satisfy comparable: no generics here.
	mAny := make(map[any]int32, 200)
	(*(**hmap)(unsafe.Pointer(&mAny))).hash0 = seed
	for i := 0; i < hashKeys; i++ {
		var k any
		switch i % 4 {
		case 0:
			k = i
		case 1:
			k = keyStr(i)
		case 2:
			k = float64(i) + 0.5
		default:
			k = [2]int32{int32(i), int32(-i)}
		}
		mAny[k] = int32(i)
	}
	dump("interface {}", *(**hmap)(unsafe.Pointer(&mAny)), 16)
	w("]}\n")
	os.Stdout.Write(out)
}
