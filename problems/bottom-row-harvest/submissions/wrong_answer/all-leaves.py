"""Sums every leaf, not only the leaves on the deepest level."""


class Solution:
    def bottomRowSum(self, root: Optional[TreeNode]) -> int:
        total, stack = 0, [root] if root else []
        while stack:
            node = stack.pop()
            if not node.left and not node.right:
                total += node.val
            stack.extend(child for child in (node.left, node.right) if child)
        return total
