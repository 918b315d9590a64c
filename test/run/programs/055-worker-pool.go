// A worker pool: jobs on a buffered channel, 4 workers, results gathered and
// printed sorted by job id.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type result struct{ job, worker, value int }

func main() {
	jobs := make(chan int, 100)
	results := make(chan result, 100)
	var wg sync.WaitGroup
	for w := 1; w <= 4; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := range jobs {
				results <- result{j, id, j * j}
			}
		}(w)
	}
	for j := 1; j <= 20; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	close(results)
	var all []result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(a, b int) bool { return all[a].job < all[b].job })
	sum := 0
	for _, r := range all {
		fmt.Print(r.value, " ")
		sum += r.value
	}
	fmt.Println()
	fmt.Println(len(all), sum)
}
