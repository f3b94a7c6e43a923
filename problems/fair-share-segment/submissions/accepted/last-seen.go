package main

import (
	"bufio"
	"fmt"
	"os"
)

// Remembers the LAST position of each remainder and answers with the shortest valid segment of
// the row: often a different answer from the other solutions, which the checker must accept.
func main() {
	in := bufio.NewReaderSize(os.Stdin, 1<<20)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	var t int
	fmt.Fscan(in, &t)
	for ; t > 0; t-- {
		var n int
		fmt.Fscan(in, &n)
		values := make([]int64, n)
		for i := range values {
			fmt.Fscan(in, &values[i])
		}
		last := make([]int, n)
		for i := range last {
			last[i] = -1
		}
		last[0] = 0
		var prefix int64
		bestL, bestR := 1, n
		for k := 1; k <= n; k++ {
			prefix = (prefix + values[k-1]) % int64(n)
			if last[prefix] >= 0 && k-last[prefix] < bestR-bestL+1 {
				bestL, bestR = last[prefix]+1, k
			}
			last[prefix] = k
		}
		fmt.Fprintln(out, bestL, bestR)
	}
}
