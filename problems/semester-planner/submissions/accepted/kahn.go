func planSemesters(n int, prerequisites [][]int) []int {
	after := make([][]int, n)
	waiting := make([]int, n)
	for _, edge := range prerequisites {
		after[edge[0]] = append(after[edge[0]], edge[1])
		waiting[edge[1]]++
	}
	semester := make([]int, n)
	queue := []int{}
	for v := 0; v < n; v++ {
		semester[v] = 1
		if waiting[v] == 0 {
			queue = append(queue, v)
		}
	}
	for head := 0; head < len(queue); head++ {
		a := queue[head]
		for _, b := range after[a] {
			if semester[a]+1 > semester[b] {
				semester[b] = semester[a] + 1
			}
			waiting[b]--
			if waiting[b] == 0 {
				queue = append(queue, b)
			}
		}
	}
	if len(queue) < n {
		return []int{}
	}
	return semester
}
