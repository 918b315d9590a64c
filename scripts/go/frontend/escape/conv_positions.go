// Where Go positions an implicit conversion to interface that has no place
// of its own: where building the IR last left the compiler (base.Pos). A
// map index converts its key after the map and the key are built; a var
// declaration or an assignment converts its values after all of them (and
// an assignment's destinations) are built. Constants, types and a struct
// literal's field names do not move it; a composite literal leaves it where
// its last element did; a call puts it back on the call.
package main

import "fmt"

type pt struct{ x, y int }

type pair struct{ a, b interface{} }

type box struct{ p pair }

func id(x int) int { return x }

func main() {
	im := map[interface{}]int{}
	k := 3
	p := pt{1, 2}
	fmt.Println(im[1], im["a"], im[2.5], im[pt{1, 2}], im[int64(1)], im[k], im[p], im[pt{k, 1}], im[id(k)], im[int64(k)])
	v := im[2]
	v = im[pt{3, 4}]
	v = im[k]
	v = im[[2]int{k, 1}]
	im[5] = v
	im[pt{k, k}] = v
	_, ok := im["z"]
	fmt.Println(v, ok)

	var a, b interface{} = 1, 1
	var c interface{} = 1
	var d, e interface{} = k, 1
	var f, g interface{} = 1, k
	var h interface{} = pair{pair{1, 2}, 3}
	var i interface{} = box{pair{1, k}}
	var j interface{} = [2]pt{{1, 2}, pt{3, 4}}
	var l interface{} = []pair{{1, 2}}
	var m interface{} = map[string]pair{"a": {1, 2}}
	var n interface{} = pair{a: 1, b: pair{}}
	var o interface{} = box{p: pair{a: k}}
	var q, r interface{} = pair{}, box{pair{1, 2}}
	var s interface{} = [][]pt{{{1, 2}}}
	var t interface{} = box{pair{[1]pt{{k, 2}}, 3}}
	var u interface{} = pair{func() int { w := k + 1; return w }, 1}
	fmt.Println(a, b, c, d, e, f, g, h, i, j, l, m, n, o, q, r, s, t, u)

	var x interface{}
	var px = &x
	var arr [3]interface{}
	sm := map[string]interface{}{}
	key := "k"
	x = pt{1, 2}
	*px = pt{1, 3}
	arr[k] = pt{1, 4}
	arr[2] = pt{1, 5}
	sm[key] = pt{1, 6}
	sm["x"] = pt{1, 7}
	(x) = pair{pair{1, 8}, 1}
	x, k = pt{1, 9}, 2
	x, y := pt{k, 10}, 3
	fmt.Println(x, y, arr, sm)
}
