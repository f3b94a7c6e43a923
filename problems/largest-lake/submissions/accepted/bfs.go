func largestLake(grid [][]int) int {
	rows, cols := len(grid), len(grid[0])
	best := 0
	queue := make([]int, 0, rows*cols)
	steps := [][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}}
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			if grid[r][c] != 1 {
				continue
			}
			grid[r][c] = 2
			queue = append(queue[:0], r*cols+c)
			for head := 0; head < len(queue); head++ {
				y, x := queue[head]/cols, queue[head]%cols
				for _, s := range steps {
					ny, nx := y+s[0], x+s[1]
					if ny >= 0 && ny < rows && nx >= 0 && nx < cols && grid[ny][nx] == 1 {
						grid[ny][nx] = 2
						queue = append(queue, ny*cols+nx)
					}
				}
			}
			if len(queue) > best {
				best = len(queue)
			}
		}
	}
	return best
}
