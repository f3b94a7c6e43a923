func bottomRowSum(root *TreeNode) int64 {
	if root == nil {
		return 0
	}
	var total int64
	level := []*TreeNode{root}
	for len(level) > 0 {
		total = 0
		var next []*TreeNode
		for _, node := range level {
			total += int64(node.Val)
			if node.Left != nil {
				next = append(next, node.Left)
			}
			if node.Right != nil {
				next = append(next, node.Right)
			}
		}
		level = next
	}
	return total
}
