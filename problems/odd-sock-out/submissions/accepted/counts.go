func loneSock(socks []int) int {
	counts := map[int]int{}
	for _, x := range socks {
		counts[x]++
	}
	for x, c := range counts {
		if c == 1 {
			return x
		}
	}
	return 0
}
