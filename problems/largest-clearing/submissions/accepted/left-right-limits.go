// For each row, the nearest shorter bar on each side comes from jumping along already computed
// limits (amortised O(C)), then every bar's rectangle is measured.
func largestClearing(forest []string) int {
	cols := len(forest[0])
	heights := make([]int, cols)
	left := make([]int, cols)
	right := make([]int, cols)
	best := 0
	for _, row := range forest {
		for j := 0; j < cols; j++ {
			if row[j] == '.' {
				heights[j]++
			} else {
				heights[j] = 0
			}
		}
		for j := 0; j < cols; j++ {
			k := j - 1
			for k >= 0 && heights[k] >= heights[j] {
				k = left[k]
			}
			left[j] = k
		}
		for j := cols - 1; j >= 0; j-- {
			k := j + 1
			for k < cols && heights[k] >= heights[j] {
				k = right[k]
			}
			right[j] = k
		}
		for j := 0; j < cols; j++ {
			if area := heights[j] * (right[j] - left[j] - 1); area > best {
				best = area
			}
		}
	}
	return best
}
