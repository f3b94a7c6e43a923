import "sort"

// Offline: both arrays sorted, one sweep with two pointers.
func countAtMost(readings []int, thresholds []int) []int {
	s := append([]int(nil), readings...)
	sort.Ints(s)
	order := make([]int, len(thresholds))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return thresholds[order[a]] < thresholds[order[b]] })
	out := make([]int, len(thresholds))
	k := 0
	for _, j := range order {
		for k < len(s) && s[k] <= thresholds[j] {
			k++
		}
		out[j] = k
	}
	return out
}
