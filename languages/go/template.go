package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()

	// Read the input, e.g.: var n int64; fmt.Fscan(in, &n)
	// Write the answer, e.g.: fmt.Fprintln(out, n)
	_, _ = in, fmt.Fprintln
}
