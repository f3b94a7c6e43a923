class Solution:
    def countLookouts(self, root: Optional[TreeNode]) -> int:
        def visit(node, best):
            if node is None:
                return 0
            here = 1 if node.val > best else 0
            best = max(best, node.val)
            return here + visit(node.left, best) + visit(node.right, best)

        return visit(root, float("-inf"))
