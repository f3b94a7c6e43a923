// Remembers where each genre was last seen; when a genre too many enters, the window restarts just
// after the last occurrence of the genre seen longest ago.
func longestSet(genres string, limit int) int {
	last := map[byte]int{}
	left, best := 0, 0
	for right := 0; right < len(genres); right++ {
		last[genres[right]] = right
		if len(last) > limit {
			oldest, at := byte(0), len(genres)
			for g, p := range last {
				if p < at {
					oldest, at = g, p
				}
			}
			delete(last, oldest)
			left = at + 1
		}
		if right-left+1 > best {
			best = right - left + 1
		}
	}
	return best
}
