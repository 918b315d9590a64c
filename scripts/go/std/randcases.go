// Go 1.19's math/rand values for test/std/rand.test.ts: the default source
// (seeded with 1), then reseeded sources, through each package function.
package main

import (
	"encoding/json"
	"math/rand"
	"os"
	"strconv"
)

func main() {
	out := map[string]any{}
	var int63 []string
	for i := 0; i < 300; i++ {
		int63 = append(int63, strconv.FormatInt(rand.Int63(), 10))
	}
	out["default_int63"] = int63
	seeds := []int64{1, 0, -1, 42, 2147483647, 2147483648, -9999999999, 1 << 40}
	intn := map[string][]int{}
	for _, s := range seeds {
		rand.Seed(s)
		var v []int
		for i := 0; i < 50; i++ {
			v = append(v, rand.Intn(100))
		}
		intn[strconv.FormatInt(s, 10)] = v
	}
	out["intn100"] = intn
	rand.Seed(7)
	var f64 []string
	var f32 []string
	var u32 []uint32
	var i31 []int32
	var i31n []int32
	var i63n []string
	var big []string
	for i := 0; i < 100; i++ {
		f64 = append(f64, strconv.FormatFloat(rand.Float64(), 'g', -1, 64))
		f32 = append(f32, strconv.FormatFloat(float64(rand.Float32()), 'g', -1, 32))
		u32 = append(u32, rand.Uint32())
		i31 = append(i31, rand.Int31())
		i31n = append(i31n, rand.Int31n(int32(i+1)*12345))
		i63n = append(i63n, strconv.FormatInt(rand.Int63n(int64(i+1)*1000003), 10))
		big = append(big, strconv.Itoa(rand.Intn(1<<40+i)))
	}
	out["seed7"] = map[string]any{"float64": f64, "float32": f32, "uint32": u32, "int31": i31, "int31n": i31n, "int63n": i63n, "intnBig": big}
	json.NewEncoder(os.Stdout).Encode(out)
}
