// Fibonacci search written with an explicit pair of probes (a, b) carried from step to step.
package main

import (
	"bufio"
	"fmt"
	"math"
	"os"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	var n int64
	fmt.Fscan(in, &n)
	known := map[int64]int64{}
	height := func(i int64) int64 {
		if i > n {
			return math.MinInt64
		}
		if h, ok := known[i]; ok {
			return h
		}
		fmt.Fprintf(out, "? %d\n", i)
		out.Flush()
		var h int64
		fmt.Fscan(in, &h)
		known[i] = h
		return h
	}
	fib := []int64{0, 1, 1}
	for fib[len(fib)-1] < n+1 {
		fib = append(fib, fib[len(fib)-1]+fib[len(fib)-2])
	}
	lo := int64(0)
	for k := len(fib) - 1; k > 3; k-- {
		a, b := lo+fib[k-2], lo+fib[k-1]
		if height(a) < height(b) {
			lo = a
		}
	}
	fmt.Fprintf(out, "! %d\n", lo+1)
	out.Flush()
}
