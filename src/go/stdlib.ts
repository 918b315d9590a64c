// The standard library as gomem's front end sees it: Go source for the
// declarations memory programs use, with bodies that reproduce each
// function's escape behaviour (what its parameters leak to), not its
// behaviour. Escape analysis derives the stub functions' parameter tags from
// these bodies exactly as Go derives export data tags from the real ones, so
// a call into fmt.Println leaks its arguments' contents to the heap the same
// way. Stub packages never produce diagnostics.

export const stdlibSources: Record<string, string> = {
  fmt: `package fmt
import "io"
var sink any
var sinkw io.Writer
type Stringer interface { String() string }
func Println(a ...any) (n int, err error) { for _, x := range a { sink = x }; return }
func Print(a ...any) (n int, err error) { for _, x := range a { sink = x }; return }
func Printf(format string, a ...any) (n int, err error) { for _, x := range a { sink = x }; return }
func Sprintf(format string, a ...any) string { for _, x := range a { sink = x }; return "" }
func Sprint(a ...any) string { for _, x := range a { sink = x }; return "" }
func Sprintln(a ...any) string { for _, x := range a { sink = x }; return "" }
func Errorf(format string, a ...any) error { for _, x := range a { sink = x }; return nil }
func Fprintln(w io.Writer, a ...any) (n int, err error) { sinkw = w; for _, x := range a { sink = x }; return }
var sinkr io.Reader
func Fscan(r io.Reader, a ...any) (n int, err error) { sinkr = r; for _, x := range a { sink = x }; return }
func Fscanln(r io.Reader, a ...any) (n int, err error) { sinkr = r; for _, x := range a { sink = x }; return }
func Fscanf(r io.Reader, format string, a ...any) (n int, err error) { sinkr = r; for _, x := range a { sink = x }; return }
type stringReader string
func (r *stringReader) Read(b []byte) (n int, err error) { n = copy(b, *r); *r = (*r)[n:]; return }
func Sscan(str string, a ...any) (n int, err error) { return Fscan((*stringReader)(&str), a...) }
func Sscanln(str string, a ...any) (n int, err error) { return Fscanln((*stringReader)(&str), a...) }
func Sscanf(str string, format string, a ...any) (n int, err error) { return Fscanf((*stringReader)(&str), format, a...) }
func Scan(a ...any) (n int, err error) { for _, x := range a { sink = x }; return }
func Scanln(a ...any) (n int, err error) { for _, x := range a { sink = x }; return }
func Scanf(format string, a ...any) (n int, err error) { for _, x := range a { sink = x }; return }
func Fprint(w io.Writer, a ...any) (n int, err error) { sinkw = w; for _, x := range a { sink = x }; return }
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) { sinkw = w; for _, x := range a { sink = x }; return }
`,
  io: `package io
type Writer interface { Write(p []byte) (n int, err error) }
type Reader interface { Read(p []byte) (n int, err error) }
type StringWriter interface { WriteString(s string) (n int, err error) }
var EOF error
`,
  errors: `package errors
var sink any
type errorString struct { s string }
func (e *errorString) Error() string { return e.s }
func New(text string) error { return &errorString{text} }
func Unwrap(err error) error { sink = err; return nil }
func Is(err, target error) bool { sink = err; sink = target; return false }
func As(err error, target any) bool { sink = err; sink = target; return false }
`,
  os: `package os
var Args []string
func Environ() []string { return make([]string, 0) }
func Exit(code int)
var sinks string
func Getenv(key string) string { sinks = key; return "" }
func LookupEnv(key string) (string, bool) { sinks = key; return "", false }
type File struct { fd int }
var Stdin, Stdout, Stderr *File
func (f *File) Write(b []byte) (n int, err error) { return len(b), nil }
func (f *File) WriteString(s string) (n int, err error) { sinks = s; return len(s), nil }
func (f *File) Read(b []byte) (n int, err error) { return len(b), nil }
`,
  strings: `package strings
type Reader struct { s string; i int64; prevRune int }
func NewReader(s string) *Reader { return &Reader{s, 0, -1} }
func (r *Reader) Len() int { return len(r.s) }
func (r *Reader) Size() int64 { return int64(len(r.s)) }
func (r *Reader) Read(b []byte) (n int, err error) { return copy(b, r.s), nil }
func (r *Reader) ReadByte() (byte, error) { return r.s[0], nil }
func (r *Reader) ReadRune() (ch rune, size int, err error) { return rune(r.s[0]), 1, nil }
func (r *Reader) Reset(s string) { *r = Reader{s, 0, -1} }
func (r *Reader) UnreadRune() error { r.i--; return nil }
func (r *Reader) UnreadByte() error { r.i--; return nil }
func HasPrefix(s, prefix string) bool { return len(s) >= len(prefix) }
func HasSuffix(s, suffix string) bool { return len(s) >= len(suffix) }
func SplitAfterN(s, sep string, n int) []string { r := make([]string, n); r[0] = s; return r }
func Split(s, sep string) []string { r := make([]string, 1); r[0] = s; return r }
func Fields(s string) []string { r := make([]string, 1); r[0] = s; return r }
func FieldsFunc(s string, f func(rune) bool) []string { r := make([]string, 1); r[0] = s; return r }
func TrimSpace(s string) string { return s }
func ToUpper(s string) string { return s }
func ToLower(s string) string { return s }
func ToTitle(s string) string { return s }
func Replace(s, old, new string, n int) string { return s }
func ReplaceAll(s, old, new string) string { return s }
func Repeat(s string, count int) string { return "" }
func Clone(s string) string { return "" }
func Contains(s, substr string) bool { return false }
func Index(s, substr string) int { return 0 }
func Join(elems []string, sep string) string { if len(elems) == 1 { return elems[0] }; return "" }
var sinks string
func ContainsRune(s string, r rune) bool { return false }
func ContainsAny(s, chars string) bool { return false }
func IndexAny(s, chars string) int { return 0 }
func IndexFunc(s string, f func(rune) bool) int { return 0 }
func LastIndex(s, substr string) int { return 0 }
func IndexByte(s string, c byte) int { return 0 }
func LastIndexByte(s string, c byte) int { return 0 }
func IndexRune(s string, r rune) int { return 0 }
func Count(s, substr string) int { return 0 }
func EqualFold(s, t string) bool { return false }
func Trim(s, cutset string) string { return s }
func TrimLeft(s, cutset string) string { return s }
func TrimRight(s, cutset string) string { return s }
func TrimPrefix(s, prefix string) string { return s }
func TrimSuffix(s, suffix string) string { return s }
func TrimFunc(s string, f func(rune) bool) string { return s }
func TrimLeftFunc(s string, f func(rune) bool) string { return s }
func TrimRightFunc(s string, f func(rune) bool) string { return s }
func LastIndexAny(s, chars string) int { return 0 }
func LastIndexFunc(s string, f func(rune) bool) int { return 0 }
func ToValidUTF8(s, replacement string) string { return s }
func SplitN(s, sep string, n int) []string { r := make([]string, n); r[0] = s; return r }
func SplitAfter(s, sep string) []string { r := make([]string, 1); r[0] = s; return r }
func Cut(s, sep string) (before, after string, found bool) { return s, s, false }
func Compare(a, b string) int { return 0 }
func Map(mapping func(rune) rune, s string) string { return s }
func Title(s string) string { return s }
type Replacer struct { once [3]uint32; r any; oldnew []string }
func NewReplacer(oldnew ...string) *Replacer { r := &Replacer{}; r.oldnew = append([]string(nil), oldnew...); return r }
var sinkrep *Replacer
func (r *Replacer) Replace(s string) string { sinkrep = r; sinks = s; return "" }
type Builder struct { addr *Builder; buf []byte }
func (b *Builder) String() string { return "" }
func (b *Builder) Len() int { return len(b.buf) }
func (b *Builder) WriteString(s string) (int, error) { b.buf = append(b.buf, s...); return len(s), nil }
func (b *Builder) WriteByte(c byte) error { b.buf = append(b.buf, c); return nil }
func (b *Builder) WriteRune(r rune) (int, error) { b.buf = append(b.buf, byte(r)); return 1, nil }
func (b *Builder) Write(p []byte) (int, error) { b.buf = append(b.buf, p...); return len(p), nil }
func (b *Builder) Cap() int { return cap(b.buf) }
func (b *Builder) Grow(n int) { b.buf = make([]byte, 0, n) }
func (b *Builder) Reset() { b.buf = nil }
`,
  strconv: `package strconv
func Itoa(i int) string { return "" }
func Atoi(s string) (int, error) { sinks = s; return 0, nil }
func FormatInt(i int64, base int) string { return "" }
func Quote(s string) string { return "" }
var sinks string
type NumError struct { Func string; Num string; Err error }
var sinkerr error
func (e *NumError) Error() string { sinkerr = e.Err; return "" }
func (e *NumError) Unwrap() error { return e.Err }
var ErrRange, ErrSyntax error
func FormatUint(i uint64, base int) string { return "" }
func FormatFloat(f float64, fmt byte, prec, bitSize int) string { return "" }
func FormatBool(b bool) string { return "" }
func QuoteToASCII(s string) string { return "" }
func QuoteRune(r rune) string { return "" }
func ParseInt(s string, base int, bitSize int) (int64, error) { sinks = s; return 0, nil }
func ParseUint(s string, base int, bitSize int) (uint64, error) { sinks = s; return 0, nil }
func ParseFloat(s string, bitSize int) (float64, error) { sinks = s; return 0, nil }
func ParseBool(str string) (bool, error) { sinks = str; return false, nil }
func Unquote(s string) (string, error) { return s, nil }
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) { return 0, false, s, nil }
func AppendInt(dst []byte, i int64, base int) []byte { return dst }
func AppendQuote(dst []byte, s string) []byte { return dst }
func AppendBool(dst []byte, b bool) []byte { return dst }
func QuoteRuneToASCII(r rune) string { return "" }
func IsPrint(r rune) bool { return false }
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
type Error interface { error; RuntimeError() }
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
func AddInt64(addr *int64, delta int64) (new int64)
func AddInt32(addr *int32, delta int32) (new int32)
func LoadInt64(addr *int64) int64
func StoreInt64(addr *int64, val int64)
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
func (d Duration) Nanoseconds() int64 { return int64(d) }
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }
func (d Duration) Minutes() float64 { return float64(d) / 6e10 }
func (d Duration) Hours() float64 { return float64(d) / 3.6e12 }
func Unix(sec int64, nsec int64) Time { return Time{} }
func UnixMilli(msec int64) Time { return Time{} }
func UnixMicro(usec int64) Time { return Time{} }
func (t Time) Unix() int64 { return t.ext }
func (t Time) UnixMilli() int64 { return t.ext }
func (t Time) UnixMicro() int64 { return t.ext }
type Time struct { wall uint64; ext int64; loc *Location }
type Location struct { name string; zone []zone; tx []zoneTrans; extend string; cacheStart int64; cacheEnd int64; cacheZone *zone }
type zone struct { name string; offset int; isDST bool }
type zoneTrans struct { when int64; index uint8; isstd, isutc bool }
var UTC *Location
var sinks string
var sinkl *Location
var Local *Location
func FixedZone(name string, offset int) *Location { sinks = name; return nil }
func (l *Location) String() string { return "" }
type Month int
const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)
func (m Month) String() string { return "" }
type Weekday int
const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)
func (d Weekday) String() string { return "" }
const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp      = "Jan _2 15:04:05"
	StampMilli = "Jan _2 15:04:05.000"
	StampMicro = "Jan _2 15:04:05.000000"
	StampNano  = "Jan _2 15:04:05.000000000"
)
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time { sinkl = loc; return Time{} }
func (t Time) Year() int { return 0 }
func (t Time) Month() Month { return 0 }
func (t Time) Day() int { return 0 }
func (t Time) Hour() int { return 0 }
func (t Time) Minute() int { return 0 }
func (t Time) Second() int { return 0 }
func (t Time) Nanosecond() int { return 0 }
func (t Time) YearDay() int { return 0 }
func (t Time) Weekday() Weekday { return 0 }
func (t Time) Date() (year int, month Month, day int) { return }
func (t Time) Clock() (hour, min, sec int) { return }
func (t Time) Zone() (name string, offset int) { return }
func (t Time) IsZero() bool { return false }
func (t Time) Before(u Time) bool { return false }
func (t Time) After(u Time) bool { return false }
func (t Time) Equal(u Time) bool { return false }
func (t Time) Add(d Duration) Time { return t }
func (t Time) AddDate(years int, months int, days int) Time { sinkl = t.loc; return t }
func (t Time) Truncate(d Duration) Time { return t }
func (t Time) Round(d Duration) Time { return t }
func (t Time) UTC() Time { return t }
func (t Time) Local() Time { return t }
func (t Time) In(loc *Location) Time { sinkl = loc; return t }
func (t Time) Location() *Location { return nil }
func (t Time) String() string { return "" }
func (t Time) Format(layout string) string { return "" }
func (t Time) AppendFormat(b []byte, layout string) []byte { return b }
type ParseError struct { Layout string; Value string; LayoutElem string; ValueElem string; Message string }
func (e *ParseError) Error() string { return "" }
func Parse(layout, value string) (Time, error) { sinks = layout; sinks = value; return Time{}, nil }
func Now() Time { return Time{} }
func Since(t Time) Duration { return 0 }
func Until(t Time) Duration { return 0 }
func (t Time) Sub(u Time) Duration { return 0 }
func (t Time) UnixNano() int64 { return t.ext }
func Sleep(d Duration)
func (d Duration) Truncate(m Duration) Duration { return 0 }
func (d Duration) Round(m Duration) Duration { return 0 }
func (d Duration) Abs() Duration { return 0 }
func ParseDuration(s string) (Duration, error) { return 0, nil }
type runtimeTimer struct { pp uintptr; when int64; period int64; f func(any, uintptr); arg any; seq uintptr; nextwhen int64; status uint32 }
type Timer struct { C <-chan Time; r runtimeTimer }
func NewTimer(d Duration) *Timer { return &Timer{C: make(chan Time, 1)} }
var sinkr *runtimeTimer
func (t *Timer) Stop() bool { sinkr = &t.r; return true }
func (t *Timer) Reset(d Duration) bool { sinkr = &t.r; return true }
func After(d Duration) <-chan Time { return make(chan Time, 1) }
type Ticker struct { C <-chan Time; r runtimeTimer }
func NewTicker(d Duration) *Ticker { return &Ticker{C: make(chan Time, 1)} }
func (t *Ticker) Stop() { sinkr = &t.r }
func Tick(d Duration) <-chan Time { return make(chan Time, 1) }
`,
  math: `package math
const (
	MaxInt = 1<<63 - 1
	MinInt = -1 << 63
	MaxInt32 = 1<<31 - 1
	MaxInt64 = 1<<63 - 1
	MaxUint32 = 1<<32 - 1
	Pi = 3.14159265358979323846264338327950288419716939937510582097494459
	E = 2.71828182845904523536028747135266249775724709369995957496696763
	MinInt32 = -1 << 31
	MinInt64 = -1 << 63
	MaxUint64 = 1<<64 - 1
	MaxInt8 = 1<<7 - 1
	MaxInt16 = 1<<15 - 1
	MaxUint8 = 1<<8 - 1
	MaxUint16 = 1<<16 - 1
	MaxFloat64 = 0x1p1023 * (1 + (1 - 0x1p-52))
	SmallestNonzeroFloat64 = 0x1p-1022 * 0x1p-52
	MaxFloat32 = 0x1p127 * (1 + (1 - 0x1p-23))
)
func Sqrt(x float64) float64 { return x }
func Abs(x float64) float64 { return x }
func Floor(x float64) float64 { return x }
func Ceil(x float64) float64 { return x }
func Max(x, y float64) float64 { return x }
func Min(x, y float64) float64 { return x }
func Log2(x float64) float64 { return x }
func Pow(x, y float64) float64 { return x }
func Cbrt(x float64) float64 { return x }
func Trunc(x float64) float64 { return x }
func Round(x float64) float64 { return x }
func RoundToEven(x float64) float64 { return x }
func Mod(x, y float64) float64 { return x }
func Hypot(p, q float64) float64 { return p }
func Exp(x float64) float64 { return x }
func Exp2(x float64) float64 { return x }
func Log(x float64) float64 { return x }
func Log10(x float64) float64 { return x }
func Log1p(x float64) float64 { return x }
func Sin(x float64) float64 { return x }
func Cos(x float64) float64 { return x }
func Tan(x float64) float64 { return x }
func Asin(x float64) float64 { return x }
func Acos(x float64) float64 { return x }
func Atan(x float64) float64 { return x }
func Atan2(y, x float64) float64 { return y }
func Sinh(x float64) float64 { return x }
func Cosh(x float64) float64 { return x }
func Tanh(x float64) float64 { return x }
func Inf(sign int) float64 { return 0 }
func NaN() float64 { return 0 }
func IsNaN(f float64) bool { return false }
func IsInf(f float64, sign int) bool { return false }
func Signbit(x float64) bool { return false }
func Copysign(f, sign float64) float64 { return f }
func Dim(x, y float64) float64 { return x }
func Remainder(x, y float64) float64 { return x }
func Expm1(x float64) float64 { return x }
func Asinh(x float64) float64 { return x }
func Acosh(x float64) float64 { return x }
func Atanh(x float64) float64 { return x }
func Gamma(x float64) float64 { return x }
func Float64bits(f float64) uint64 { return 0 }
func Float64frombits(b uint64) float64 { return 0 }
func Float32bits(f float32) uint32 { return 0 }
func Float32frombits(b uint32) float32 { return 0 }
func Modf(f float64) (int float64, frac float64) { return f, f }
func Frexp(f float64) (frac float64, exp int) { return f, 0 }
func Ldexp(frac float64, exp int) float64 { return frac }
`,
  bytes: `package bytes
type Buffer struct { buf []byte; off int; lastRead int8 }
func (b *Buffer) Read(p []byte) (n int, err error) { copy(p, b.buf); return 0, nil }
func (b *Buffer) ReadByte() (byte, error) { return 0, nil }
func (b *Buffer) ReadString(delim byte) (line string, err error) { return "", nil }
func (b *Buffer) ReadBytes(delim byte) (line []byte, err error) { return nil, nil }
func (b *Buffer) Next(n int) []byte { return b.buf[b.off:] }
func (b *Buffer) Truncate(n int) { b.buf = b.buf[:n] }
func NewBuffer(buf []byte) *Buffer { return &Buffer{buf: buf} }
func NewBufferString(s string) *Buffer { return &Buffer{buf: []byte(s)} }
func Contains(b, subslice []byte) bool { return false }
func Index(s, sep []byte) int { return 0 }
func IndexByte(b []byte, c byte) int { return 0 }
func HasPrefix(s, prefix []byte) bool { return false }
func HasSuffix(s, suffix []byte) bool { return false }
func Compare(a, b []byte) int { return 0 }
func Fields(s []byte) [][]byte { r := make([][]byte, 1); r[0] = s; return r }
func FieldsFunc(s []byte, f func(rune) bool) [][]byte { r := make([][]byte, 1); r[0] = s; return r }
func TrimSpace(s []byte) []byte { return s }
func TrimPrefix(s, prefix []byte) []byte { return s }
func TrimSuffix(s, suffix []byte) []byte { return s }
func Split(s, sep []byte) [][]byte { r := make([][]byte, 1); r[0] = s; return r }
func ToUpper(s []byte) []byte { return make([]byte, len(s)) }
func ToLower(s []byte) []byte { return make([]byte, len(s)) }
func ToTitle(s []byte) []byte { return make([]byte, len(s)) }
func Join(s [][]byte, sep []byte) []byte { return make([]byte, len(sep)) }
// The buffer grows into new memory, so nothing it held leaks (Go's grow).
func (b *Buffer) Write(p []byte) (n int, err error) { b.buf = make([]byte, len(b.buf)+len(p)); copy(b.buf, p); return len(p), nil }
func (b *Buffer) WriteString(s string) (n int, err error) { b.buf = make([]byte, len(b.buf)+len(s)); copy(b.buf, s); return len(s), nil }
func (b *Buffer) WriteByte(c byte) error { b.buf = make([]byte, len(b.buf)+1); return nil }
func (b *Buffer) WriteRune(r rune) (n int, err error) { b.buf = make([]byte, len(b.buf)+4); return 1, nil }
func (b *Buffer) Cap() int { return cap(b.buf) }
func (b *Buffer) Bytes() []byte { return b.buf[b.off:] }
func (b *Buffer) String() string { return string(b.buf[b.off:]) }
func (b *Buffer) Len() int { return len(b.buf) - b.off }
func (b *Buffer) Reset() { b.buf = b.buf[:0]; b.off = 0 }
func (b *Buffer) Grow(n int) { b.buf = make([]byte, len(b.buf), len(b.buf)+n) }
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
func SearchStrings(a []string, x string) int { return 0 }
func SearchFloat64s(a []float64, x float64) int { return 0 }
func IsSorted(data Interface) bool { sink = data; return false }
type Interface interface { Len() int; Less(i, j int) bool; Swap(i, j int) }
func SliceStable(x any, less func(i, j int) bool) { sink = x }
func Sort(data Interface) { sink = data }
func Stable(data Interface) { sink = data }
// The *AreSorted functions convert x to an Interface (IntSlice(x)…), which leaks it.
func IntsAreSorted(x []int) bool { sink = x; return false }
func Search(n int, f func(int) bool) int { return 0 }
func StringsAreSorted(x []string) bool { sink = x; return false }
func Float64sAreSorted(x []float64) bool { sink = x; return false }
type IntSlice []int
func (x IntSlice) Len() int { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int) { x[i], x[j] = x[j], x[i] }
func (x IntSlice) Sort() { sink = x }
type Float64Slice []float64
func (x Float64Slice) Len() int { return len(x) }
func (x Float64Slice) Less(i, j int) bool { return x[i] < x[j] }
func (x Float64Slice) Swap(i, j int) { x[i], x[j] = x[j], x[i] }
func (x Float64Slice) Sort() { sink = x }
type StringSlice []string
func (x StringSlice) Len() int { return len(x) }
func (x StringSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int) { x[i], x[j] = x[j], x[i] }
func (x StringSlice) Sort() { sink = x }
type reverse struct { Interface }
func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }
func Reverse(data Interface) Interface { return &reverse{data} }
`,
  flag: `package flag
import "time"
func Int(name string, value int, usage string) *int { return new(int) }
func Int64(name string, value int64, usage string) *int64 { return new(int64) }
func String(name string, value string, usage string) *string { p := new(string); *p = value; return p }
func Bool(name string, value bool, usage string) *bool { return new(bool) }
func Float64(name string, value float64, usage string) *float64 { return new(float64) }
func Duration(name string, value time.Duration, usage string) *time.Duration { return new(time.Duration) }
var sinkp any
func IntVar(p *int, name string, value int, usage string) { sinkp = p }
func StringVar(p *string, name string, value string, usage string) { *p = value; sinkp = p }
func BoolVar(p *bool, name string, value bool, usage string) { sinkp = p }
func Float64Var(p *float64, name string, value float64, usage string) { sinkp = p }
func DurationVar(p *time.Duration, name string, value time.Duration, usage string) { sinkp = p }
func Parse()
func Parsed() bool
func NArg() int
func NFlag() int
func Arg(i int) string { return "" }
func Args() []string { return nil }
func PrintDefaults()
`,
  unicode: `package unicode
const (
	MaxRune = '\\U0010FFFF'
	ReplacementChar = '\\uFFFD'
	MaxASCII = '\\u007F'
	MaxLatin1 = '\\u00FF'
)
func IsLetter(r rune) bool { return false }
func IsDigit(r rune) bool { return false }
func IsNumber(r rune) bool { return false }
func IsSpace(r rune) bool { return false }
func IsUpper(r rune) bool { return false }
func IsLower(r rune) bool { return false }
func IsTitle(r rune) bool { return false }
func IsPunct(r rune) bool { return false }
func IsControl(r rune) bool { return false }
func IsMark(r rune) bool { return false }
func IsSymbol(r rune) bool { return false }
func IsPrint(r rune) bool { return false }
func IsGraphic(r rune) bool { return false }
func ToUpper(r rune) rune { return r }
func ToLower(r rune) rune { return r }
func ToTitle(r rune) rune { return r }
func SimpleFold(r rune) rune { return r }
`,
  'unicode/utf8': `package utf8
const (
	RuneError = '\\uFFFD'
	RuneSelf = 0x80
	MaxRune = '\\U0010FFFF'
	UTFMax = 4
)
func RuneLen(r rune) int { return 0 }
func RuneCount(p []byte) int { return 0 }
func RuneCountInString(s string) int { return 0 }
func Valid(p []byte) bool { return false }
func ValidString(s string) bool { return false }
func ValidRune(r rune) bool { return false }
func FullRune(p []byte) bool { return false }
func FullRuneInString(s string) bool { return false }
func RuneStart(b byte) bool { return false }
func DecodeRune(p []byte) (r rune, size int) { return 0, 0 }
func DecodeRuneInString(s string) (r rune, size int) { return 0, 0 }
func DecodeLastRune(p []byte) (r rune, size int) { return 0, 0 }
func DecodeLastRuneInString(s string) (r rune, size int) { return 0, 0 }
func EncodeRune(p []byte, r rune) int { p[0] = byte(r); return 1 }
func AppendRune(p []byte, r rune) []byte { return p }
`,
  bufio: `package bufio
import "io"
const MaxScanTokenSize = 64 * 1024
type Writer struct {
	err error
	buf []byte
	n   int
	wr  io.Writer
}
func NewWriterSize(w io.Writer, size int) *Writer {
	b, ok := w.(*Writer)
	if ok && len(b.buf) >= size {
		return b
	}
	if size <= 0 {
		size = 4096
	}
	return &Writer{buf: make([]byte, size), wr: w}
}
func NewWriter(w io.Writer) *Writer { return NewWriterSize(w, 4096) }
func (b *Writer) Flush() error { _, err := b.wr.Write(b.buf[0:b.n]); return err }
func (b *Writer) Buffered() int { return b.n }
func (b *Writer) Available() int { return len(b.buf) - b.n }
func (b *Writer) Size() int { return len(b.buf) }
func (b *Writer) Reset(w io.Writer) { b.err = nil; b.n = 0; b.wr = w }
func (b *Writer) Write(p []byte) (nn int, err error) { n, err := b.wr.Write(p); return n, err }
func (b *Writer) WriteString(s string) (int, error) {
	if sw, ok := b.wr.(io.StringWriter); ok {
		return sw.WriteString(s)
	}
	n := copy(b.buf[b.n:], s)
	b.wr.Write(b.buf)
	return n, nil
}
func (b *Writer) WriteByte(c byte) error { b.buf[b.n] = c; _, err := b.wr.Write(b.buf); return err }
func (b *Writer) WriteRune(r rune) (size int, err error) { b.buf[b.n] = byte(r); return b.wr.Write(b.buf) }
type SplitFunc func(data []byte, atEOF bool) (advance int, token []byte, err error)
type Scanner struct {
	r            io.Reader
	split        SplitFunc
	maxTokenSize int
	token        []byte
	buf          []byte
	start        int
	end          int
	err          error
	empties      int
	scanCalled   bool
	done         bool
}
func NewScanner(r io.Reader) *Scanner {
	return &Scanner{r: r, split: ScanLines, maxTokenSize: MaxScanTokenSize}
}
func (s *Scanner) Scan() bool {
	s.buf = make([]byte, 4096)
	_, tok, err := s.split(s.buf, true)
	s.token = tok
	s.err = err
	n, err := s.r.Read(s.buf)
	return n > 0 && err == nil
}
func (s *Scanner) Text() string { return string(s.token) }
func (s *Scanner) Bytes() []byte { return s.token }
func (s *Scanner) Err() error { return s.err }
func (s *Scanner) Buffer(buf []byte, max int) { s.buf = buf[0:cap(buf)]; s.maxTokenSize = max }
func (s *Scanner) Split(split SplitFunc) { s.split = split }
func ScanLines(data []byte, atEOF bool) (advance int, token []byte, err error) { return 0, data, nil }
func ScanWords(data []byte, atEOF bool) (advance int, token []byte, err error) { return 0, data, nil }
func ScanRunes(data []byte, atEOF bool) (advance int, token []byte, err error) { return 0, data, nil }
func ScanBytes(data []byte, atEOF bool) (advance int, token []byte, err error) { return 0, data, nil }
type Reader struct {
	buf          []byte
	rd           io.Reader
	r, w         int
	err          error
	lastByte     int
	lastRuneSize int
}
func NewReaderSize(rd io.Reader, size int) *Reader {
	b, ok := rd.(*Reader)
	if ok && len(b.buf) >= size {
		return b
	}
	r := new(Reader)
	r.buf = make([]byte, size)
	r.rd = rd
	return r
}
func NewReader(rd io.Reader) *Reader { return NewReaderSize(rd, 4096) }
func (b *Reader) Buffered() int { return b.w - b.r }
func (b *Reader) Size() int { return len(b.buf) }
func (b *Reader) ReadString(delim byte) (string, error) { n, err := b.rd.Read(b.buf); return string(b.buf[:n]), err }
func (b *Reader) Read(p []byte) (n int, err error) { n, err = b.rd.Read(p); copy(p, b.buf); return }
func (b *Reader) ReadByte() (byte, error) { _, err := b.rd.Read(b.buf); return b.buf[0], err }
func (b *Reader) ReadRune() (r rune, size int, err error) { n, err := b.rd.Read(b.buf); return rune(b.buf[0]), n, err }
func (b *Reader) ReadBytes(delim byte) ([]byte, error) { n, err := b.rd.Read(b.buf); buf := make([]byte, n); copy(buf, b.buf); return buf, err }
func (b *Reader) ReadLine() (line []byte, isPrefix bool, err error) { n, err := b.rd.Read(b.buf); return b.buf[:n], false, err }
func (b *Reader) UnreadByte() error { b.r--; return nil }
func (b *Reader) UnreadRune() error { b.r--; return nil }
func (b *Reader) Peek(n int) ([]byte, error) { _, err := b.rd.Read(b.buf); return b.buf[b.r:b.r+n], err }
var ErrInvalidUnreadByte, ErrInvalidUnreadRune, ErrBufferFull, ErrNegativeCount error
var ErrTooLong, ErrNegativeAdvance, ErrAdvanceTooFar, ErrBadReadCount, ErrFinalToken error
`,
  'container/list': `package list
type Element struct {
	next, prev *Element
	list       *List
	Value      any
}
func (e *Element) Next() *Element {
	if p := e.next; e.list != nil && p != &e.list.root {
		return p
	}
	return nil
}
func (e *Element) Prev() *Element {
	if p := e.prev; e.list != nil && p != &e.list.root {
		return p
	}
	return nil
}
type List struct {
	root Element
	len  int
}
func (l *List) Init() *List {
	l.root.next = &l.root
	l.root.prev = &l.root
	l.len = 0
	return l
}
func New() *List { return new(List).Init() }
func (l *List) Len() int { return l.len }
func (l *List) Front() *Element {
	if l.len == 0 {
		return nil
	}
	return l.root.next
}
func (l *List) Back() *Element {
	if l.len == 0 {
		return nil
	}
	return l.root.prev
}
func (l *List) lazyInit() {
	if l.root.next == nil {
		l.Init()
	}
}
func (l *List) insert(e, at *Element) *Element {
	e.prev = at
	e.next = at.next
	e.prev.next = e
	e.next.prev = e
	e.list = l
	l.len++
	return e
}
func (l *List) insertValue(v any, at *Element) *Element { return l.insert(&Element{Value: v}, at) }
func (l *List) remove(e *Element) {
	e.prev.next = e.next
	e.next.prev = e.prev
	e.next = nil
	e.prev = nil
	e.list = nil
	l.len--
}
func (l *List) move(e, at *Element) {
	if e == at {
		return
	}
	e.prev.next = e.next
	e.next.prev = e.prev
	e.prev = at
	e.next = at.next
	e.prev.next = e
	e.next.prev = e
}
func (l *List) Remove(e *Element) any {
	if e.list == l {
		l.remove(e)
	}
	return e.Value
}
func (l *List) PushFront(v any) *Element { l.lazyInit(); return l.insertValue(v, &l.root) }
func (l *List) PushBack(v any) *Element { l.lazyInit(); return l.insertValue(v, l.root.prev) }
func (l *List) InsertBefore(v any, mark *Element) *Element {
	if mark.list != l {
		return nil
	}
	return l.insertValue(v, mark.prev)
}
func (l *List) InsertAfter(v any, mark *Element) *Element {
	if mark.list != l {
		return nil
	}
	return l.insertValue(v, mark)
}
func (l *List) MoveToFront(e *Element) {
	if e.list != l || l.root.next == e {
		return
	}
	l.move(e, &l.root)
}
func (l *List) MoveToBack(e *Element) {
	if e.list != l || l.root.prev == e {
		return
	}
	l.move(e, l.root.prev)
}
func (l *List) MoveBefore(e, mark *Element) {
	if e.list != l || e == mark || mark.list != l {
		return
	}
	l.move(e, mark.prev)
}
func (l *List) MoveAfter(e, mark *Element) {
	if e.list != l || e == mark || mark.list != l {
		return
	}
	l.move(e, mark)
}
func (l *List) PushBackList(other *List) {
	l.lazyInit()
	for i, e := other.Len(), other.Front(); i > 0; i, e = i-1, e.Next() {
		l.insertValue(e.Value, l.root.prev)
	}
}
func (l *List) PushFrontList(other *List) {
	l.lazyInit()
	for i, e := other.Len(), other.Back(); i > 0; i, e = i-1, e.Prev() {
		l.insertValue(e.Value, &l.root)
	}
}
`,
  'container/heap': `package heap
import "sort"
type Interface interface {
	sort.Interface
	Push(x any)
	Pop() any
}
func Init(h Interface) { h.Swap(0, h.Len()) }
func Push(h Interface, x any) { h.Push(x); h.Less(0, h.Len()) }
func Pop(h Interface) any { h.Swap(0, h.Len()); return h.Pop() }
func Remove(h Interface, i int) any { h.Swap(i, h.Len()); return h.Pop() }
func Fix(h Interface, i int) { h.Less(i, h.Len()) }
`,
  'math/bits': `package bits
const UintSize = 64
func LeadingZeros(x uint) int { return 0 }
func LeadingZeros8(x uint8) int { return 0 }
func LeadingZeros16(x uint16) int { return 0 }
func LeadingZeros32(x uint32) int { return 0 }
func LeadingZeros64(x uint64) int { return 0 }
func TrailingZeros(x uint) int { return 0 }
func TrailingZeros8(x uint8) int { return 0 }
func TrailingZeros16(x uint16) int { return 0 }
func TrailingZeros32(x uint32) int { return 0 }
func TrailingZeros64(x uint64) int { return 0 }
func OnesCount(x uint) int { return 0 }
func OnesCount8(x uint8) int { return 0 }
func OnesCount16(x uint16) int { return 0 }
func OnesCount32(x uint32) int { return 0 }
func OnesCount64(x uint64) int { return 0 }
func RotateLeft(x uint, k int) uint { return 0 }
func RotateLeft8(x uint8, k int) uint8 { return 0 }
func RotateLeft16(x uint16, k int) uint16 { return 0 }
func RotateLeft32(x uint32, k int) uint32 { return 0 }
func RotateLeft64(x uint64, k int) uint64 { return 0 }
func Reverse(x uint) uint { return 0 }
func Reverse8(x uint8) uint8 { return 0 }
func Reverse16(x uint16) uint16 { return 0 }
func Reverse32(x uint32) uint32 { return 0 }
func Reverse64(x uint64) uint64 { return 0 }
func ReverseBytes(x uint) uint { return 0 }
func ReverseBytes16(x uint16) uint16 { return 0 }
func ReverseBytes32(x uint32) uint32 { return 0 }
func ReverseBytes64(x uint64) uint64 { return 0 }
func Len(x uint) int { return 0 }
func Len8(x uint8) int { return 0 }
func Len16(x uint16) int { return 0 }
func Len32(x uint32) int { return 0 }
func Len64(x uint64) int { return 0 }
func Add(x, y, carry uint) (sum, carryOut uint) { return 0, 0 }
func Add32(x, y, carry uint32) (sum, carryOut uint32) { return 0, 0 }
func Add64(x, y, carry uint64) (sum, carryOut uint64) { return 0, 0 }
func Sub(x, y, borrow uint) (diff, borrowOut uint) { return 0, 0 }
func Sub32(x, y, borrow uint32) (diff, borrowOut uint32) { return 0, 0 }
func Sub64(x, y, borrow uint64) (diff, borrowOut uint64) { return 0, 0 }
func Mul(x, y uint) (hi, lo uint) { return 0, 0 }
func Mul32(x, y uint32) (hi, lo uint32) { return 0, 0 }
func Mul64(x, y uint64) (hi, lo uint64) { return 0, 0 }
func Div(hi, lo, y uint) (quo, rem uint) { return 0, 0 }
func Div32(hi, lo, y uint32) (quo, rem uint32) { return 0, 0 }
func Div64(hi, lo, y uint64) (quo, rem uint64) { return 0, 0 }
func Rem(hi, lo, y uint) uint { return 0 }
func Rem32(hi, lo, y uint32) uint32 { return 0 }
func Rem64(hi, lo, y uint64) uint64 { return 0 }
`,
  'math/rand': `package rand
func Seed(seed int64)
func Int63() int64
func Uint32() uint32
func Uint64() uint64
func Int31() int32
func Int() int
func Int63n(n int64) int64
func Int31n(n int32) int32
func Intn(n int) int
func Float64() float64
func Float32() float32
func Perm(n int) []int { return make([]int, n) }
func Shuffle(n int, swap func(i, j int)) { swap(0, 0) }
type Source interface {
	Int63() int64
	Seed(seed int64)
}
type Source64 interface {
	Source
	Uint64() uint64
}
type rngSource struct {
	tap  int
	feed int
	vec  [607]int64
}
func (rng *rngSource) Int63() int64 { return rng.vec[0] }
func (rng *rngSource) Uint64() uint64 { return uint64(rng.vec[0]) }
func (rng *rngSource) Seed(seed int64) { rng.tap = 0 }
func NewSource(seed int64) Source {
	var rng rngSource
	rng.Seed(seed)
	return &rng
}
type Rand struct {
	src     Source
	s64     Source64
	readVal int64
	readPos int
}
func New(src Source) *Rand {
	s64, _ := src.(Source64)
	return &Rand{src: src, s64: s64}
}
func (r *Rand) Seed(seed int64) { r.src.Seed(seed); r.readPos = 0 }
func (r *Rand) Int63() int64 { return r.src.Int63() }
func (r *Rand) Uint32() uint32 { return uint32(r.src.Int63()) }
func (r *Rand) Uint64() uint64 { return r.s64.Uint64() }
func (r *Rand) Int31() int32 { return int32(r.src.Int63()) }
func (r *Rand) Int() int { return int(r.src.Int63()) }
func (r *Rand) Int63n(n int64) int64 { return r.src.Int63() }
func (r *Rand) Int31n(n int32) int32 { return int32(r.src.Int63()) }
func (r *Rand) Intn(n int) int { return int(r.src.Int63()) }
func (r *Rand) Float64() float64 { return float64(r.src.Int63()) }
func (r *Rand) Float32() float32 { return float32(r.src.Int63()) }
func (r *Rand) Perm(n int) []int { m := make([]int, n); r.src.Int63(); return m }
func (r *Rand) Shuffle(n int, swap func(i, j int)) { r.src.Int63(); swap(0, 0) }
`,
  'hash/maphash': `package maphash
type Seed struct { s uint64 }
type Hash struct { seed Seed; state Seed; buf [128]byte; n int }
func (h *Hash) WriteString(s string) (int, error) { h.n += len(s); return len(s), nil }
func (h *Hash) Sum64() uint64 { return 0 }
`,
};
