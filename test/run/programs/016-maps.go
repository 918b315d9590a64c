// Maps: insert, lookup with comma-ok, zero value for missing keys, delete,
// len, maps as references, nil map reads, printing sorted by fmt.
package main

import "fmt"

func main() {
	m := map[string]int{"one": 1, "two": 2}
	m["three"] = 3
	fmt.Println(m, len(m))
	v, ok := m["two"]
	fmt.Println(v, ok)
	v, ok = m["four"]
	fmt.Println(v, ok)
	delete(m, "one")
	delete(m, "missing")
	fmt.Println(m, len(m))
	alias := m
	alias["x"] = 24
	fmt.Println(m["x"], len(m))
	var nm map[string]int
	fmt.Println(nm["a"], len(nm), nm == nil)
	delete(nm, "a")
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	ints := map[int]string{3: "c", -1: "neg", 10: "ten", 0: "zero"}
	fmt.Println(ints)
	fl := map[float64]bool{2.5: true, -1: false}
	fmt.Println(fl)
	nested := map[string][]int{}
	nested["a"] = append(nested["a"], 1, 2)
	nested["b"] = append(nested["b"], 3)
	fmt.Println(nested)
	mm := map[string]map[string]int{"outer": {"inner": 1}}
	mm["outer"]["inner2"] = 2
	fmt.Println(mm)
	fmt.Printf("%v %d\n", map[bool]int{true: 1, false: 0}, map[string]int{"z": 26, "a": 1})
	sum := 0
	for k, v := range ints {
		sum += k + len(v)
	}
	fmt.Println(sum)
}
