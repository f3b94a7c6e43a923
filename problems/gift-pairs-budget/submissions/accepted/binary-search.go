package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
)

// For each item, counts the later items (in sorted order) that fit with it by binary search.
func main() {
	in := bufio.NewReaderSize(os.Stdin, 1<<20)
	var n, budget int
	fmt.Fscan(in, &n, &budget)
	prices := make([]int, n)
	for i := range prices {
		fmt.Fscan(in, &prices[i])
	}
	sort.Ints(prices)
	var pairs int64
	for i, p := range prices {
		// first position after i whose price no longer fits with p
		end := sort.Search(n, func(k int) bool { return prices[k] > budget-p })
		if end > i+1 {
			pairs += int64(end - i - 1)
		}
	}
	fmt.Println(pairs)
}
