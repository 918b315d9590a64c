// Prints, as JSON, the orders Go 1.19's sort package leaves: sort.Slice,
// sort.SliceStable and sort.Sort on (key, id) records with many equal keys, so
// that the order of equal elements — which pdqsort decides — is recorded.
package main

import (
	"encoding/json"
	"math/rand"
	"os"
	"sort"
)

type rec struct{ Key, ID int }

type byKey []rec

func (s byKey) Len() int           { return len(s) }
func (s byKey) Less(i, j int) bool { return s[i].Key < s[j].Key }
func (s byKey) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

type Case struct {
	Fn   string `json:"fn"`
	Keys []int  `json:"keys"`
	IDs  []int  `json:"ids"`
}

func main() {
	r := rand.New(rand.NewSource(7))
	var cases []Case
	lengths := []int{0, 1, 2, 5, 12, 13, 20, 49, 50, 51, 100, 257, 1000}
	for _, n := range lengths {
		for _, pattern := range []string{"random", "few", "sorted", "reversed", "sawtooth", "equal"} {
			keys := make([]int, n)
			for i := range keys {
				switch pattern {
				case "random":
					keys[i] = r.Intn(1000)
				case "few":
					keys[i] = r.Intn(4)
				case "sorted":
					keys[i] = i / 3
				case "reversed":
					keys[i] = (n - i) / 2
				case "sawtooth":
					keys[i] = i % 7
				case "equal":
					keys[i] = 5
				}
			}
			for _, fn := range []string{"Slice", "SliceStable", "Sort", "Stable"} {
				s := make([]rec, n)
				for i := range s {
					s[i] = rec{keys[i], i}
				}
				less := func(i, j int) bool { return s[i].Key < s[j].Key }
				switch fn {
				case "Slice":
					sort.Slice(s, less)
				case "SliceStable":
					sort.SliceStable(s, less)
				case "Sort":
					sort.Sort(byKey(s))
				case "Stable":
					sort.Stable(byKey(s))
				}
				ids := make([]int, n)
				for i := range s {
					ids[i] = s[i].ID
				}
				cases = append(cases, Case{fn, keys, ids})
			}
		}
	}
	json.NewEncoder(os.Stdout).Encode(map[string]any{
		"about": "Orders left by Go 1.19's sort.Slice, SliceStable, Sort and Stable on records {Key, ID} (ID = original index) compared by Key, recorded by scripts/fixtures-std.sh running scripts/go/std/sortcases.go.",
		"cases": cases,
	})
}
