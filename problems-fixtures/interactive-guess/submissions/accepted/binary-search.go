// Binary search; bufio.Writer is flushed after every guess.
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	var n int64
	if _, err := fmt.Fscan(in, &n); err != nil {
		return
	}
	lo, hi := int64(1), n
	for lo <= hi {
		mid := lo + (hi-lo)/2
		fmt.Fprintln(out, mid)
		out.Flush()
		var reply string
		if _, err := fmt.Fscan(in, &reply); err != nil || reply == "=" {
			return
		}
		if reply == "<" {
			hi = mid - 1
		} else {
			lo = mid + 1
		}
	}
}
