// Prints the right answer, then exits with code 3: a non-zero exit is a run-time error.
package main

import (
	"fmt"
	"os"
)

func main() {
	var a, b int64
	fmt.Scan(&a, &b)
	fmt.Println(a + b)
	os.Exit(3)
}
