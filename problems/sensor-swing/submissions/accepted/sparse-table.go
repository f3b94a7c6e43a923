// Range maximum and minimum from sparse tables: O(n log n) to build, O(1) per window.
func windowSwings(readings []int, width int) []int {
	n := len(readings)
	levels := 1
	for 1<<levels <= width {
		levels++
	}
	high := [][]int{append([]int(nil), readings...)}
	low := [][]int{append([]int(nil), readings...)}
	for k := 1; k < levels; k++ {
		half := 1 << (k - 1)
		h, l := make([]int, n), make([]int, n)
		for i := 0; i+(1<<k) <= n; i++ {
			h[i] = maxOf(high[k-1][i], high[k-1][i+half])
			l[i] = minOf(low[k-1][i], low[k-1][i+half])
		}
		high, low = append(high, h), append(low, l)
	}
	k := levels - 1
	swings := make([]int, 0, n-width+1)
	for i := 0; i+width <= n; i++ {
		j := i + width - 1<<k
		swings = append(swings, maxOf(high[k][i], high[k][j])-minOf(low[k][i], low[k][j]))
	}
	return swings
}

func maxOf(a, b int) int {
	if a > b {
		return a
	}
	return b
}

func minOf(a, b int) int {
	if a < b {
		return a
	}
	return b
}
