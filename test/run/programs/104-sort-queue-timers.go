// sort.Sort on a user type, struct copies with arrays inside, a queue with
// pointer-receiver methods, Stringer on an int type, recover into named
// results, interface-keyed maps, interface comparison of structs,
// strings.NewReplacer and Map, workers with a time.After timeout, Sleep.
package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
	"time"
)

type Item struct {
	Name  string
	Score int
	Tags  [2]string
}

type ByScore []Item

func (b ByScore) Len() int           { return len(b) }
func (b ByScore) Less(i, j int) bool { return b[i].Score > b[j].Score || (b[i].Score == b[j].Score && b[i].Name < b[j].Name) }
func (b ByScore) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type Queue struct {
	items []int
	head  int
}

func (q *Queue) Push(v int) { q.items = append(q.items, v) }
func (q *Queue) Pop() (int, bool) {
	if q.head >= len(q.items) {
		return 0, false
	}
	v := q.items[q.head]
	q.head++
	return v, true
}

type state int

func (s state) String() string {
	switch s {
	case 0:
		return "idle"
	case 1:
		return "busy"
	}
	return fmt.Sprintf("state(%d)", int(s))
}

func process(vals []int) (total int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("process: %v", r)
			total = -1
		}
	}()
	for _, v := range vals {
		if v < 0 {
			panic(errors.New("negative value"))
		}
		total += 100 / v
	}
	return total, nil
}

func worker(id int, jobs <-chan int, out chan<- string) {
	for j := range jobs {
		out <- fmt.Sprintf("w%d:%d", id, j*j)
	}
}

func main() {
	items := []Item{{"b", 3, [2]string{"x", "y"}}, {"a", 3, [2]string{}}, {"c", 5, [2]string{"z"}}}
	sort.Sort(ByScore(items))
	for _, it := range items {
		fmt.Printf("%s=%d%v ", it.Name, it.Score, it.Tags)
	}
	fmt.Println()
	cp := items[0]
	cp.Tags[0] = "changed"
	fmt.Println(items[0].Tags[0], cp.Tags[0], cp == items[0])

	var q Queue
	for i := 1; i <= 5; i++ {
		q.Push(i * 10)
	}
	for {
		v, ok := q.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	var s state = 1
	fmt.Println(s, state(0), state(7))
	fmt.Printf("%v %d %s\n", s, s, s)

	fmt.Println(process([]int{1, 2, 4}))
	fmt.Println(process([]int{1, 0}))
	fmt.Println(process([]int{5, -1}))

	m := map[interface{}]string{1: "int", "1": "string", 1.5: "float", [2]int{1, 2}: "array"}
	fmt.Println(m[1], m["1"], m[1.5], m[[2]int{1, 2}], len(m))
	var a, b interface{} = Item{Name: "x"}, Item{Name: "x"}
	fmt.Println(a == b)

	r := strings.NewReplacer("a", "1", "b", "2")
	fmt.Println(r.Replace("abcab"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'e' {
			return -1
		}
		return r + 1
	}, "hello there"))

	jobs := make(chan int, 10)
	out := make(chan string, 10)
	for w := 1; w <= 2; w++ {
		go worker(w, jobs, out)
	}
	for i := 1; i <= 4; i++ {
		jobs <- i
	}
	close(jobs)
	res := []string{}
	timeout := time.After(2 * time.Second)
	for len(res) < 4 {
		select {
		case s := <-out:
			res = append(res, s[3:])
		case <-timeout:
			fmt.Println("timeout")
			os.Exit(1)
		}
	}
	sort.Strings(res)
	fmt.Println(res)
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	fmt.Println(time.Since(start) >= 20*time.Millisecond)
	var sb strings.Builder
	for i := 0; i < 1000; i++ {
		sb.WriteByte(byte('a' + i%26))
	}
	fmt.Println(sb.Len(), sb.String()[990:])
}
