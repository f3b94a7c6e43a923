package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	const mod = 1000000007
	in := bufio.NewReaderSize(os.Stdin, 1<<20)
	var n, m int
	fmt.Fscan(in, &n, &m)
	creaky := make([]bool, n+1)
	for j := 0; j < m; j++ {
		var c int
		fmt.Fscan(in, &c)
		creaky[c] = true
	}
	a, b, c := 0, 0, 1
	for i := 1; i <= n; i++ {
		w := 0
		if !creaky[i] {
			w = (a + b + c) % mod
		}
		a, b, c = b, c, w
	}
	fmt.Println(c)
}
