// A map growing through many buckets and shrinking by delete: contents stay
// right across growth, deleting during range is allowed, and clearing by
// delete leaves len 0. Only order-independent facts are printed.
package main

import "fmt"

func main() {
	m := make(map[int]int)
	for i := 0; i < 100000; i++ {
		m[i] = i * i
	}
	fmt.Println(len(m), m[0], m[999], m[99999])
	sum := 0
	for k, v := range m {
		if v != k*k {
			fmt.Println("bad", k)
		}
		sum += k
	}
	fmt.Println(sum)
	for k := range m {
		if k%2 == 0 {
			delete(m, k)
		}
	}
	fmt.Println(len(m))
	_, ok := m[2]
	fmt.Println(ok, m[3])
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m))
	s := map[string]int{}
	for i := 0; i < 2000; i++ {
		s[fmt.Sprintf("key%04d", i)] = i
	}
	fmt.Println(len(s), s["key1999"], s["key0000"])
	type pt struct{ x, y int }
	pm := map[pt]string{}
	for i := 0; i < 50; i++ {
		pm[pt{i, -i}] = fmt.Sprint(i)
	}
	fmt.Println(len(pm), pm[pt{7, -7}], pm[pt{7, 7}] == "")
	im := map[interface{}]int{1: 1, "a": 2, 2.5: 3, pt{1, 2}: 4}
	fmt.Println(im[1], im["a"], im[2.5], im[pt{1, 2}], im[int64(1)])
}
