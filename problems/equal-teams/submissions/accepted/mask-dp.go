import "math/bits"

func canFormTeams(times []int, teams int) bool {
	n, total := len(times), 0
	for _, t := range times {
		total += t
	}
	if n%teams != 0 || total%teams != 0 {
		return false
	}
	size, target := n/teams, total/teams
	sum := make([]int, 1<<n)
	for mask := 1; mask < 1<<n; mask++ {
		sum[mask] = sum[mask&(mask-1)] + times[bits.TrailingZeros(uint(mask))]
	}
	reach := make([]bool, 1<<n)
	reach[0] = true
	for mask := 0; mask < 1<<n; mask++ {
		if !reach[mask] {
			continue
		}
		used := bits.OnesCount(uint(mask))
		current := sum[mask] - used/size*target
		for i := 0; i < n; i++ {
			if mask>>i&1 == 1 {
				continue
			}
			next := current + times[i]
			if next > target || (used%size+1 == size && next != target) {
				continue
			}
			reach[mask|1<<i] = true
		}
	}
	return reach[1<<n-1]
}
