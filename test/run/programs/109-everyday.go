// Everyday Go in an init function: matrix multiplication over slices of
// slices, a linked list with a String method, grouping with maps of slices
// and stable sorting, FizzBuzz with a Builder, a sieve, word frequencies, and
// strconv formatting and parsing.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Matrix [][]float64

func NewMatrix(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func (a Matrix) Mul(b Matrix) Matrix {
	out := NewMatrix(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			var s float64
			for k := range b {
				s += a[i][k] * b[k][j]
			}
			out[i][j] = s
		}
	}
	return out
}


type LinkedList struct {
	head *node
	size int
}
type node struct {
	val  string
	next *node
}

func (l *LinkedList) PushFront(v string) {
	l.head = &node{v, l.head}
	l.size++
}

func (l *LinkedList) String() string {
	var parts []string
	for n := l.head; n != nil; n = n.next {
		parts = append(parts, n.val)
	}
	return "[" + strings.Join(parts, " -> ") + "]"
}

type Employee struct {
	Name   string
	Salary float64
	Dept   string
}

func main() {}

func init() {
	a := Matrix{{1, 2}, {3, 4}}
	b := Matrix{{5, 6}, {7, 8}}
	fmt.Println(a.Mul(b))
	l := &LinkedList{}
	for _, s := range []string{"c", "b", "a"} {
		l.PushFront(s)
	}
	fmt.Println(l, l.size)
	emps := []Employee{{"ann", 120, "eng"}, {"bob", 90, "ops"}, {"cid", 150, "eng"}, {"dee", 90, "eng"}}
	byDept := map[string][]Employee{}
	for _, e := range emps {
		byDept[e.Dept] = append(byDept[e.Dept], e)
	}
	depts := make([]string, 0, len(byDept))
	for d := range byDept {
		depts = append(depts, d)
	}
	sort.Strings(depts)
	for _, d := range depts {
		es := byDept[d]
		sort.SliceStable(es, func(i, j int) bool { return es[i].Salary > es[j].Salary })
		total := 0.0
		for _, e := range es {
			total += e.Salary
		}
		fmt.Printf("%s: %d employees, avg %.2f, top %s\n", d, len(es), total/float64(len(es)), es[0].Name)
	}
	var sb strings.Builder
	for i := 1; i <= 15; i++ {
		switch {
		case i%15 == 0:
			sb.WriteString("FizzBuzz")
		case i%3 == 0:
			sb.WriteString("Fizz")
		case i%5 == 0:
			sb.WriteString("Buzz")
		default:
			sb.WriteString(strconv.Itoa(i))
		}
		sb.WriteByte(' ')
	}
	fmt.Println(strings.TrimSpace(sb.String()))
	primes := []int{}
	sieve := make([]bool, 50)
	for i := 2; i < 50; i++ {
		if !sieve[i] {
			primes = append(primes, i)
			for j := i * i; j < 50; j += i {
				sieve[j] = true
			}
		}
	}
	fmt.Println(primes, len(primes), cap(primes))
	words := strings.Fields("the quick brown fox jumps over the lazy dog the end")
	freq := map[string]int{}
	for _, w := range words {
		freq[w]++
	}
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range freq {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool {
		if kvs[i].v != kvs[j].v {
			return kvs[i].v > kvs[j].v
		}
		return kvs[i].k < kvs[j].k
	})
	fmt.Println(kvs[:3])
	x := 255
	fmt.Println(strconv.FormatInt(int64(x), 2), strconv.FormatInt(int64(x), 16), fmt.Sprintf("%08b %o %#x", 5, 64, 255))
	f, err := strconv.ParseFloat("3.25e2", 64)
	n, err2 := strconv.ParseInt("-42", 10, 64)
	bl, _ := strconv.ParseBool("true")
	fmt.Println(f, err, n, err2, bl, strconv.Quote("héllo\n"))
}
