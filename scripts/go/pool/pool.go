// Replays sequences of sync.Pool operations and prints, as JSON, what each Get
// returned. Run with GOMAXPROCS=1 so that every operation happens on one P.
//
// A sequence is a list of operations separated by spaces:
//
//	put:N   Put the item with id N (made on first use; ids name items across the run)
//	putnil  Put(nil)
//	get     Get; the result is the item's id, or null for nil
//	gc      runtime.GC()
//	fin     let queued finalizers run, then report the ids finalized so far (sorted)
//
// A sequence whose name ends in "+new" uses a Pool with New, which returns fresh
// items numbered from 1000.
package main

import (
	"encoding/json"
	"os"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

type item struct {
	id   int
	next *item // a pointer keeps the item out of the tiny allocator
}

type step struct {
	Op     string          `json:"op"`
	Result json.RawMessage `json:"result,omitempty"`
}

type run struct {
	Name  string `json:"name"`
	Steps []step `json:"steps"`
}

var sequences = []struct{ name, ops string }{
	{"private slot", "put:1 get get"},
	{"private then shared head", "put:1 put:2 put:3 get get get get"},
	{"put nil is a no-op", "putnil get put:1 putnil get get"},
	{"survives one GC", "put:1 gc get"},
	{"gone after two GCs", "put:1 gc gc get"},
	{"victim private then shared tail", "put:1 put:2 put:3 gc get get get get"},
	{"primary before victim", "put:1 gc put:2 get get get"},
	{"victim refilled from primary", "put:1 put:2 gc put:3 gc get get"},
	{"get from victim and put back", "put:1 gc get put:1 gc get gc gc get"},
	{"shared head is LIFO", "put:1 put:2 put:3 put:4 get get get get"},
	{"victim tail is FIFO", "put:1 put:2 put:3 put:4 gc get get get get"},
	{"mixed", "put:1 put:2 gc put:3 put:4 get get gc get get get"},
	{"finalized after two GCs", "put:1 put:2 gc fin get fin gc fin gc fin"},
	{"kept alive by reuse", "put:1 gc get put:1 gc fin get put:1 gc fin gc fin"},
	{"new+new", "get get put:1 get get"},
	{"new after two GCs+new", "put:1 gc gc get"},
	{"new after victim empties+new", "put:1 put:2 gc get get get"},
}

var (
	mu        sync.Mutex
	finalized []int
)

func main() {
	var runs []run
	items := map[int]*item{}
	for _, seq := range sequences {
		var p sync.Pool
		next := 1000
		if strings.HasSuffix(seq.name, "+new") {
			p.New = func() any {
				next++
				return &item{id: next - 1}
			}
		}
		r := run{Name: seq.name}
		for _, op := range strings.Fields(seq.ops) {
			st := step{Op: op}
			switch {
			case strings.HasPrefix(op, "put:"):
				id, _ := strconv.Atoi(op[4:])
				it := items[id]
				if it == nil {
					it = &item{id: id}
					runtime.SetFinalizer(it, func(x *item) {
						mu.Lock()
						finalized = append(finalized, x.id)
						mu.Unlock()
					})
				}
				p.Put(it)
				delete(items, id) // the pool holds the only reference
			case op == "putnil":
				p.Put(nil)
			case op == "get":
				if x := p.Get(); x != nil {
					it := x.(*item)
					st.Result = json.RawMessage(strconv.Itoa(it.id))
					if it.id < 1000 {
						items[it.id] = it
					}
				} else {
					st.Result = json.RawMessage("null")
				}
			case op == "gc":
				runtime.GC()
			case op == "fin":
				// Finalizers run on their own goroutine after the cycle that queued them.
				time.Sleep(20 * time.Millisecond)
				mu.Lock()
				ids := append([]int{}, finalized...)
				mu.Unlock()
				sort.Ints(ids)
				st.Result, _ = json.Marshal(ids)
			}
			r.Steps = append(r.Steps, st)
		}
		// Drop this sequence's items and finalizer records before the next one.
		for id := range items {
			runtime.SetFinalizer(items[id], nil)
			delete(items, id)
		}
		p = sync.Pool{}
		runtime.GC()
		runtime.GC()
		time.Sleep(20 * time.Millisecond)
		mu.Lock()
		finalized = nil
		mu.Unlock()
		runs = append(runs, r)
	}
	json.NewEncoder(os.Stdout).Encode(runs)
}
