import "sort"

// Counts +1 at every start and -1 at every end; the fence is painted where the count is positive.
func paintedLength(strokes [][]int) int64 {
	type event struct{ at, delta int }
	events := make([]event, 0, 2*len(strokes))
	for _, s := range strokes {
		events = append(events, event{s[0], 1}, event{s[1], -1})
	}
	sort.Slice(events, func(a, b int) bool { return events[a].at < events[b].at })
	var total int64
	depth := 0
	for i, e := range events {
		if depth > 0 {
			total += int64(e.at - events[i-1].at)
		}
		depth += e.delta
	}
	return total
}
