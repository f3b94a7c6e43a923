import "math"

func patrolTime(rooms int, corridors [][]int) int {
	n := rooms
	const inf = math.MaxInt64 / 4
	d := make([][]int, n)
	for i := range d {
		d[i] = make([]int, n)
		for j := range d[i] {
			if i != j {
				d[i][j] = inf
			}
		}
	}
	for _, c := range corridors {
		if c[2] < d[c[0]][c[1]] {
			d[c[0]][c[1]] = c[2]
		}
	}
	for k := 0; k < n; k++ {
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ {
				if d[i][k]+d[k][j] < d[i][j] {
					d[i][j] = d[i][k] + d[k][j]
				}
			}
		}
	}
	best := make([]int, n<<n)
	for i := range best {
		best[i] = inf
	}
	best[1*n+0] = 0
	for mask := 1; mask < 1<<n; mask += 2 {
		for v := 0; v < n; v++ {
			cost := best[mask*n+v]
			if cost >= inf {
				continue
			}
			for x := 0; x < n; x++ {
				if mask>>x&1 == 0 {
					next := (mask|1<<x)*n + x
					if cost+d[v][x] < best[next] {
						best[next] = cost + d[v][x]
					}
				}
			}
		}
	}
	answer := inf
	for v := 0; v < n; v++ {
		if best[(1<<n-1)*n+v] < answer {
			answer = best[(1<<n-1)*n+v]
		}
	}
	return answer
}
