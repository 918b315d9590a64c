// Embedded interfaces and embedded pointers, type switches over many kinds,
// producers with a WaitGroup, select in a labelled loop, recover of runtime
// errors into error values, fmt.Fprintf into a strings.Builder, strconv errors.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type RW interface {
	Reader
	Writer
}

type Buf struct {
	mu   sync.Mutex
	data []string
}

func (b *Buf) Read() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *Buf) Write(s string) {
	b.mu.Lock()
	b.data = append(b.data, s)
	b.mu.Unlock()
}

type Logger struct {
	*Buf
	prefix string
}

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("int-ish %v", x)
	case string:
		return "string " + strconv.Quote(x)
	case error:
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case []int:
		return fmt.Sprint("slice ", len(x))
	default:
		return fmt.Sprintf("other %T", x)
	}
}

type Temp float64

func (t Temp) String() string { return strconv.FormatFloat(float64(t), 'f', 1, 64) + "C" }

func producer(id int, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < 3; i++ {
		out <- fmt.Sprintf("p%d-%d", id, i)
	}
}

func safe(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	f()
	return nil
}

func main() {
	var rw RW = &Buf{}
	rw.Write("a")
	rw.Write("b")
	fmt.Println(rw.Read(), rw.Read(), rw.Read() == "")
	l := Logger{&Buf{}, "log"}
	l.Write("x")
	fmt.Println(l.prefix, l.Read())

	for _, v := range []interface{}{nil, 3, int64(4), "hi", fmt.Errorf("bad %d", 1), Temp(21.5), []int{1, 2}, 2.5, struct{}{}} {
		fmt.Println(classify(v))
	}

	out := make(chan string)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go producer(i, out, &wg)
	}
	go func() { wg.Wait(); close(out) }()
	n := 0
	all := []string{}
	for s := range out {
		n++
		all = append(all, s)
	}
	fmt.Println(n, len(all))

	done := make(chan bool)
	res := make(chan int, 10)
	go func() {
		for i := 0; i < 5; i++ {
			res <- i * i
		}
		done <- true
	}()
	sum := 0
loop:
	for {
		select {
		case v := <-res:
			sum += v
		case <-done:
			for len(res) > 0 {
				sum += <-res
			}
			break loop
		}
	}
	fmt.Println("sum", sum)

	fmt.Println(safe(func() { panic("boom") }))
	fmt.Println(safe(func() { var m map[string]int; m["x"] = 1 }))
	fmt.Println(safe(func() { a := []int{}; _ = a[3] }))
	fmt.Println(safe(func() {}))
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&sb, "%d;", i)
	}
	fmt.Println(sb.String(), sb.Len())
	x, err := strconv.Atoi("12a")
	fmt.Println(x, err)
	fmt.Fprintln(os.Stderr, "to stderr")
	defer fmt.Println("deferred before exit?")
	if len(os.Args) > 5 {
		os.Exit(1)
	}
}
