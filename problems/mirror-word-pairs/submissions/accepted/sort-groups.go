// Counts each distinct word once, then pairs every group with its mirror group.
func countMirrorPairs(words []string) int64 {
	counts := map[string]int64{}
	for _, w := range words {
		counts[w]++
	}
	var pairs int64
	for w, c := range counts {
		b := []byte(w)
		for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
			b[i], b[j] = b[j], b[i]
		}
		r := string(b)
		if r == w {
			pairs += c * (c - 1) / 2
		} else if r < w {
			pairs += c * counts[r]
		}
	}
	return pairs
}
