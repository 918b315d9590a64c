// The standard library as gomem's front end sees it: Go source for the
// declarations memory programs use, with bodies that reproduce each
// function's escape behaviour (what its parameters leak to), not its
// behaviour. Escape analysis derives the stub functions' parameter tags from
// these bodies exactly as Go derives export data tags from the real ones, so
// a call into fmt.Println leaks its arguments' contents to the heap the same
// way. Stub packages never produce diagnostics.

export const stdlibSources: Record<string, string> = {
  fmt: `package fmt
var sink any
type Stringer interface { String() string }
func Println(a ...any) (n int, err error) { for _, x := range a { sink = x }; return }
func Print(a ...any) (n int, err error) { for _, x := range a { sink = x }; return }
func Printf(format string, a ...any) (n int, err error) { for _, x := range a { sink = x }; return }
func Sprintf(format string, a ...any) string { for _, x := range a { sink = x }; return "" }
func Sprint(a ...any) string { for _, x := range a { sink = x }; return "" }
func Sprintln(a ...any) string { for _, x := range a { sink = x }; return "" }
func Errorf(format string, a ...any) error { for _, x := range a { sink = x }; return nil }
`,
  errors: `package errors
type errorString struct { s string }
func (e *errorString) Error() string { return e.s }
func New(text string) error { return &errorString{text} }
`,
  os: `package os
var Args []string
func Environ() []string { return make([]string, 0) }
func Exit(code int)
func Getenv(key string) string { return "" }
`,
  strings: `package strings
func HasPrefix(s, prefix string) bool { return len(s) >= len(prefix) }
func HasSuffix(s, suffix string) bool { return len(s) >= len(suffix) }
func SplitAfterN(s, sep string, n int) []string { r := make([]string, n); r[0] = s; return r }
func Split(s, sep string) []string { r := make([]string, 1); r[0] = s; return r }
func Fields(s string) []string { r := make([]string, 1); r[0] = s; return r }
func TrimSpace(s string) string { return s }
func ToUpper(s string) string { return "" }
func ToLower(s string) string { return "" }
func Replace(s, old, new string, n int) string { return s }
func ReplaceAll(s, old, new string) string { return s }
func Repeat(s string, count int) string { return "" }
func Contains(s, substr string) bool { return false }
func Index(s, substr string) int { return 0 }
func Join(elems []string, sep string) string { return "" }
type Builder struct { addr *Builder; buf []byte }
func (b *Builder) String() string { return "" }
func (b *Builder) Len() int { return len(b.buf) }
func (b *Builder) WriteString(s string) (int, error) { b.buf = append(b.buf, s...); return len(s), nil }
func (b *Builder) WriteByte(c byte) error { b.buf = append(b.buf, c); return nil }
func (b *Builder) Grow(n int) { b.buf = make([]byte, 0, n) }
func (b *Builder) Reset() { b.buf = nil }
`,
  strconv: `package strconv
func Itoa(i int) string { return "" }
func Atoi(s string) (int, error) { return 0, nil }
func FormatInt(i int64, base int) string { return "" }
func Quote(s string) string { return "" }
`,
  reflect: `package reflect
import "unsafe"
var sink any
type SliceHeader struct { Data uintptr; Len int; Cap int }
type StringHeader struct { Data uintptr; Len int }
type Value struct { typ unsafe.Pointer; ptr unsafe.Pointer; flag uintptr }
func ValueOf(i any) Value { sink = i; return Value{} }
func DeepEqual(x, y any) bool { return false }
func (v Value) Pointer() uintptr { return 0 }
func (v Value) UnsafeAddr() uintptr { return 0 }
func (v Value) Elem() Value { return v }
`,
  runtime: `package runtime
var sink any
type MemStats struct {
	Alloc, TotalAlloc, Sys, Lookups, Mallocs, Frees uint64
	HeapAlloc, HeapSys, HeapIdle, HeapInuse, HeapReleased, HeapObjects uint64
	StackInuse, StackSys, MSpanInuse, MSpanSys, MCacheInuse, MCacheSys uint64
	BuckHashSys, GCSys, OtherSys, NextGC, LastGC, PauseTotalNs uint64
	PauseNs [256]uint64
	PauseEnd [256]uint64
	NumGC, NumForcedGC uint32
	GCCPUFraction float64
	EnableGC, DebugGC bool
	BySize [61]struct { Size uint32; Mallocs, Frees uint64 }
}
const GOOS = "linux"
const GOARCH = "amd64"
const Compiler = "gc"
func NumCPU() int
func GC()
func ReadMemStats(m *MemStats) { m.Alloc = 0 }
func KeepAlive(x any) {}
func GOMAXPROCS(n int) int
func NumGoroutine() int
func Gosched()
func SetFinalizer(obj any, finalizer any) { sink = obj; sink = finalizer }
`,
  'runtime/debug': `package debug
func SetGCPercent(percent int) int
func FreeOSMemory()
func SetMemoryLimit(limit int64) int64
func SetMaxStack(bytes int) int
`,
  'runtime/internal/atomic': `package atomic
import "unsafe"
func Loadp(ptr unsafe.Pointer) unsafe.Pointer { return *(*unsafe.Pointer)(ptr) }
func StorepNoWB(ptr unsafe.Pointer, val unsafe.Pointer) { *(*unsafe.Pointer)(ptr) = val }
func Casp1(ptr *unsafe.Pointer, old, new unsafe.Pointer) bool { *ptr = new; return true }
`,
  'sync/atomic': `package atomic
import "unsafe"
func LoadPointer(addr *unsafe.Pointer) (val unsafe.Pointer)
func StorePointer(addr *unsafe.Pointer, val unsafe.Pointer)
func SwapPointer(addr *unsafe.Pointer, new unsafe.Pointer) (old unsafe.Pointer)
func CompareAndSwapPointer(addr *unsafe.Pointer, old, new unsafe.Pointer) (swapped bool)
func AddInt64(addr *int64, delta int64) (new int64) { *addr += delta; return *addr }
func AddInt32(addr *int32, delta int32) (new int32) { *addr += delta; return *addr }
func LoadInt64(addr *int64) int64 { return *addr }
func StoreInt64(addr *int64, val int64) { *addr = val }
// Declared without bodies, as Go declares them: addr leaks (Go moves the
// variable to the heap).
func AddUint32(addr *uint32, delta uint32) (new uint32)
func AddUint64(addr *uint64, delta uint64) (new uint64)
func LoadInt32(addr *int32) (val int32)
func LoadUint32(addr *uint32) (val uint32)
func LoadUint64(addr *uint64) (val uint64)
func StoreInt32(addr *int32, val int32)
func StoreUint32(addr *uint32, val uint32)
func StoreUint64(addr *uint64, val uint64)
func SwapInt32(addr *int32, new int32) (old int32)
func SwapInt64(addr *int64, new int64) (old int64)
func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool)
func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool)
func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool)
// The Go 1.19 types: their methods hand the receiver to the functions above,
// which leaks it.
var sink any
type Int32 struct { v int32 }
func (x *Int32) Load() int32 { sink = x; return 0 }
func (x *Int32) Store(val int32) { sink = x }
func (x *Int32) Add(delta int32) (new int32) { sink = x; return 0 }
func (x *Int32) Swap(new int32) (old int32) { sink = x; return 0 }
func (x *Int32) CompareAndSwap(old, new int32) (swapped bool) { sink = x; return false }
type Int64 struct { v int64 }
func (x *Int64) Load() int64 { sink = x; return 0 }
func (x *Int64) Store(val int64) { sink = x }
func (x *Int64) Add(delta int64) (new int64) { sink = x; return 0 }
func (x *Int64) Swap(new int64) (old int64) { sink = x; return 0 }
func (x *Int64) CompareAndSwap(old, new int64) (swapped bool) { sink = x; return false }
type Bool struct { v uint32 }
func (x *Bool) Load() bool { sink = x; return false }
func (x *Bool) Store(val bool) { sink = x }
func (x *Bool) Swap(new bool) (old bool) { sink = x; return false }
func (x *Bool) CompareAndSwap(old, new bool) (swapped bool) { sink = x; return false }
type Value struct { v any }
func (v *Value) Load() (val any) { sink = v; return nil }
func (v *Value) Store(val any) { sink = v; sink = val }
func (v *Value) Swap(new any) (old any) { sink = v; sink = new; return nil }
`,
  sync: `package sync
import "unsafe"
var sink any
// The lock and wait methods hand the receiver's fields to the runtime's
// semaphores, which leaks the receiver.
type Mutex struct { state int32; sema uint32 }
func (m *Mutex) Lock() { sink = m }
func (m *Mutex) Unlock() { sink = m }
func (m *Mutex) TryLock() bool { sink = m; return true }
type RWMutex struct { w Mutex; writerSem uint32; readerSem uint32; readerCount int32; readerWait int32 }
func (m *RWMutex) Lock() { sink = m }
func (m *RWMutex) Unlock() { sink = m }
func (m *RWMutex) RLock() { sink = m }
func (m *RWMutex) RUnlock() { sink = m }
type WaitGroup struct { state1 uint64; state2 uint32 }
func (wg *WaitGroup) Add(delta int) { sink = wg }
func (wg *WaitGroup) Done() { sink = wg }
func (wg *WaitGroup) Wait() { sink = wg }
type Once struct { done uint32; m Mutex }
func (o *Once) Do(f func()) { sink = o; f() }
type Pool struct { local unsafe.Pointer; localSize uintptr; victim unsafe.Pointer; victimSize uintptr; New func() any }
func (p *Pool) Get() any { sink = p; return nil }
func (p *Pool) Put(x any) { sink = p; sink = x }
`,
  time: `package time
type Duration int64
const (
	Nanosecond Duration = 1
	Microsecond = 1000 * Nanosecond
	Millisecond = 1000 * Microsecond
	Second = 1000 * Millisecond
	Minute = 60 * Second
	Hour = 60 * Minute
)
func (d Duration) Seconds() float64 { return float64(d) / 1e9 }
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }
func (d Duration) String() string { return "" }
type Time struct { wall uint64; ext int64; loc *Location }
type Location struct { name string }
func Now() Time { return Time{} }
func Since(t Time) Duration { return 0 }
func (t Time) Sub(u Time) Duration { return 0 }
func (t Time) UnixNano() int64 { return t.ext }
func Sleep(d Duration)
`,
  math: `package math
const (
	MaxInt = 1<<63 - 1
	MinInt = -1 << 63
	MaxInt32 = 1<<31 - 1
	MaxInt64 = 1<<63 - 1
	MaxUint32 = 1<<32 - 1
	Pi = 3.14159265358979323846264338327950288419716939937510582097494459
)
func Sqrt(x float64) float64 { return x }
func Abs(x float64) float64 { return x }
func Floor(x float64) float64 { return x }
func Ceil(x float64) float64 { return x }
func Max(x, y float64) float64 { return x }
func Min(x, y float64) float64 { return x }
func Log2(x float64) float64 { return x }
func Pow(x, y float64) float64 { return x }
`,
  bytes: `package bytes
type Buffer struct { buf []byte; off int }
func (b *Buffer) Write(p []byte) (n int, err error) { b.buf = append(b.buf, p...); return len(p), nil }
func (b *Buffer) WriteString(s string) (n int, err error) { b.buf = append(b.buf, s...); return len(s), nil }
func (b *Buffer) WriteByte(c byte) error { b.buf = append(b.buf, c); return nil }
func (b *Buffer) Bytes() []byte { return b.buf[b.off:] }
func (b *Buffer) String() string { return string(b.buf[b.off:]) }
func (b *Buffer) Len() int { return len(b.buf) - b.off }
func (b *Buffer) Reset() { b.buf = b.buf[:0]; b.off = 0 }
func (b *Buffer) Grow(n int) { b.buf = append(b.buf, make([]byte, n)...) }
func Equal(a, b []byte) bool { return len(a) == len(b) }
func Repeat(b []byte, count int) []byte { return make([]byte, len(b)*count) }
`,
  sort: `package sort
var sink any
func Ints(x []int) { sink = x }
func Strings(x []string) { sink = x }
func Float64s(x []float64) { sink = x }
func Slice(x any, less func(i, j int) bool) { sink = x }
func SearchInts(a []int, x int) int { return 0 }
`,
  'hash/maphash': `package maphash
type Seed struct { s uint64 }
type Hash struct { seed Seed; state Seed; buf [128]byte; n int }
func (h *Hash) WriteString(s string) (int, error) { h.n += len(s); return len(s), nil }
func (h *Hash) Sum64() uint64 { return 0 }
`,
};
