import "sort"

func widestSpacing(posts []int, boxes int) int {
	q := append([]int(nil), posts...)
	sort.Ints(q)
	span := q[len(q)-1] - q[0]
	// sort.Search finds the first distance that does not fit
	fail := sort.Search(span/(boxes-1)+1, func(d int) bool {
		if d == 0 {
			return false
		}
		count, last := 1, q[0]
		for _, x := range q {
			if x-last >= d {
				count++
				last = x
			}
		}
		return count < boxes
	})
	return fail - 1
}
