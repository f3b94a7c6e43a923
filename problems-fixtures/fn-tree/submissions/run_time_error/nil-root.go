// Crashes: reads the root's value before checking for the empty tree (a nil pointer dereference).
func levelOrder(root *TreeNode) [][]int {
	levels := [][]int{}
	first := root.Val
	level := []*TreeNode{root}
	for len(level) > 0 {
		values, next := []int{}, []*TreeNode{}
		for _, node := range level {
			values = append(values, node.Val)
			if node.Left != nil {
				next = append(next, node.Left)
			}
			if node.Right != nil {
				next = append(next, node.Right)
			}
		}
		levels = append(levels, values)
		level = next
	}
	_ = first
	return levels
}
