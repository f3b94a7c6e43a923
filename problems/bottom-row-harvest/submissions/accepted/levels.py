class Solution:
    def bottomRowSum(self, root: Optional[TreeNode]) -> int:
        level, total = [root] if root else [], 0
        while level:
            total = sum(node.val for node in level)
            level = [child for node in level for child in (node.left, node.right) if child]
        return total
