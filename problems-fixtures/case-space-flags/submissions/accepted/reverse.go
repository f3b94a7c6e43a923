package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	in := bufio.NewScanner(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	in.Scan()
	var t int
	fmt.Sscan(in.Text(), &t)
	for ; t > 0 && in.Scan(); t-- {
		words := strings.Fields(in.Text())
		for i, j := 0, len(words)-1; i < j; i, j = i+1, j-1 {
			words[i], words[j] = words[j], words[i]
		}
		fmt.Fprintln(out, strings.Join(words, " "))
	}
}
