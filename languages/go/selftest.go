package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	var a, b int64
	var name string
	if _, err := fmt.Fscan(in, &a, &b, &name); err != nil {
		os.Exit(1)
	}
	fmt.Printf("Hello, %s! %d + %d = %d\n", name, a, b, a+b)
}
