package main

import "fmt"

func main() {
	var n int64
	fmt.Scan(&n)
	for d := int64(2); d*d <= n; d++ {
		if n%d == 0 {
			fmt.Println(d, n/d)
			return
		}
	}
	fmt.Println("impossible")
}
