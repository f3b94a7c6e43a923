package main

import (
	"bufio"
	"fmt"
	"os"
)

// Keeps the candidate starts on a stack with increasing prefix sums and, for each end, finds the
// latest qualifying start by binary search: O(n log n).
func main() {
	in := bufio.NewReaderSize(os.Stdin, 1<<20)
	var n int
	var k int64
	fmt.Fscan(in, &n, &k)
	prefix := make([]int64, n+1)
	for i := 1; i <= n; i++ {
		var value int64
		fmt.Fscan(in, &value)
		prefix[i] = prefix[i-1] + value
	}
	stack := []int{}
	best := n + 1
	for j := 0; j <= n; j++ {
		// latest stack entry with prefix <= prefix[j] - k: prefixes increase along the stack
		lo, hi := 0, len(stack)
		for lo < hi {
			mid := (lo + hi) / 2
			if prefix[stack[mid]] <= prefix[j]-k {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		if lo > 0 && j-stack[lo-1] < best {
			best = j - stack[lo-1]
		}
		for len(stack) > 0 && prefix[stack[len(stack)-1]] >= prefix[j] {
			stack = stack[:len(stack)-1]
		}
		stack = append(stack, j)
	}
	if best > n {
		best = -1
	}
	fmt.Println(best)
}
