// Exercises from the Go Tour: the web crawler with a mutex-guarded set and a
// WaitGroup, errors with a custom float type, Stringers on arrays, a
// Fibonacci closure, word counting, slices of slices, and tick/after timers.
package main

import (
	"fmt"
	"math"
	"strings"
	"sync"
	"time"
)

type Fetcher interface {
	Fetch(url string) (body string, urls []string, err error)
}

type SafeSet struct {
	mu sync.Mutex
	v  map[string]bool
}

func (s *SafeSet) Visit(u string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.v[u] {
		return false
	}
	s.v[u] = true
	return true
}

func Crawl(url string, depth int, fetcher Fetcher, set *SafeSet, wg *sync.WaitGroup, out chan<- string) {
	defer wg.Done()
	if depth <= 0 || !set.Visit(url) {
		return
	}
	body, urls, err := fetcher.Fetch(url)
	if err != nil {
		out <- err.Error()
		return
	}
	out <- fmt.Sprintf("found: %s %q", url, body)
	for _, u := range urls {
		wg.Add(1)
		go Crawl(u, depth-1, fetcher, set, wg, out)
	}
}

type fakeFetcher map[string]*fakeResult

type fakeResult struct {
	body string
	urls []string
}

func (f fakeFetcher) Fetch(url string) (string, []string, error) {
	if res, ok := f[url]; ok {
		return res.body, res.urls, nil
	}
	return "", nil, fmt.Errorf("not found: %s", url)
}

var fetcher = fakeFetcher{
	"https://golang.org/": &fakeResult{"The Go Programming Language", []string{"https://golang.org/pkg/", "https://golang.org/cmd/"}},
	"https://golang.org/pkg/": &fakeResult{"Packages", []string{"https://golang.org/", "https://golang.org/cmd/", "https://golang.org/pkg/fmt/", "https://golang.org/pkg/os/"}},
	"https://golang.org/pkg/fmt/": &fakeResult{"Package fmt", []string{"https://golang.org/", "https://golang.org/pkg/"}},
	"https://golang.org/pkg/os/": &fakeResult{"Package os", []string{"https://golang.org/", "https://golang.org/pkg/"}},
}

type ErrNegativeSqrt float64

func (e ErrNegativeSqrt) Error() string {
	return fmt.Sprintf("cannot Sqrt negative number: %v", float64(e))
}

func Sqrt(x float64) (float64, error) {
	if x < 0 {
		return 0, ErrNegativeSqrt(x)
	}
	z := 1.0
	for i := 0; i < 10; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z, nil
}

type IPAddr [4]byte

func (ip IPAddr) String() string { return fmt.Sprintf("%v.%v.%v.%v", ip[0], ip[1], ip[2], ip[3]) }

func fibonacci() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func WordCount(s string) map[string]int {
	m := make(map[string]int)
	for _, w := range strings.Fields(s) {
		m[w]++
	}
	return m
}

func Pic(dx, dy int) [][]uint8 {
	p := make([][]uint8, dy)
	for y := range p {
		p[y] = make([]uint8, dx)
		for x := range p[y] {
			p[y][x] = uint8((x ^ y) * (x + y) / 2)
		}
	}
	return p
}

func main() {
	set := &SafeSet{v: make(map[string]bool)}
	var wg sync.WaitGroup
	out := make(chan string, 100)
	wg.Add(1)
	go Crawl("https://golang.org/", 4, fetcher, set, &wg, out)
	wg.Wait()
	close(out)
	n := 0
	for range out {
		n++
	}
	fmt.Println("crawled", n)
	fmt.Println(Sqrt(2))
	fmt.Println(Sqrt(-2))
	fmt.Println(math.Sqrt(2))
	hosts := map[string]IPAddr{"loopback": {127, 0, 0, 1}, "googleDNS": {8, 8, 8, 8}}
	for _, name := range []string{"googleDNS", "loopback"} {
		fmt.Printf("%v: %v\n", name, hosts[name])
	}
	f := fibonacci()
	for i := 0; i < 10; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	fmt.Println(WordCount("I am learning Go! Go is fun and I am happy"))
	p := Pic(4, 3)
	fmt.Println(p)
	tick := time.Tick(10 * time.Millisecond)
	// The first tick before the timer starts: however late the program is
	// scheduled, BOOM comes after at least one tick.
	<-tick
	ticks := 1
	boom := time.After(55 * time.Millisecond)
	for {
		select {
		case <-tick:
			ticks++
		case <-boom:
			fmt.Println("BOOM!", ticks >= 1)
			return
		}
	}
}
