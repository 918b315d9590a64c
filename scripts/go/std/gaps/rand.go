package main

import (
	"fmt"
	"math/rand"
)

func main() {
	fmt.Println(rand.Intn(100), rand.Intn(100), rand.Int31(), rand.Float64())
	rand.Seed(1)
	fmt.Println(rand.Intn(100))
	rand.Seed(42)
	fmt.Println(rand.Perm(10), rand.Int31n(1000), rand.Int63n(1<<40), rand.Uint32(), rand.Float32())
	xs := []int{1, 2, 3, 4, 5, 6, 7, 8}
	rand.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
	fmt.Println(xs, rand.Intn(1<<40))
	rand.Seed(-5)
	fmt.Println(rand.Int63n(1000000007), rand.Int31n(7))
}
