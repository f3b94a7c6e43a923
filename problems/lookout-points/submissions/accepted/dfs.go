import "math"

func countLookouts(root *TreeNode) int {
	var visit func(node *TreeNode, best int) int
	visit = func(node *TreeNode, best int) int {
		if node == nil {
			return 0
		}
		here := 0
		if node.Val > best {
			here = 1
			best = node.Val
		}
		return here + visit(node.Left, best) + visit(node.Right, best)
	}
	return visit(root, math.MinInt64)
}
