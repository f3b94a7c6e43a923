"""Collects each level with a fresh walk from the root down to that depth: O(n * h)."""


class Solution:
    def bottomRowSum(self, root: Optional[TreeNode]) -> int:
        total, depth = 0, 0
        while True:
            row = []
            stack = [(root, 0)] if root else []
            while stack:
                node, d = stack.pop()
                if d == depth:
                    row.append(node.val)
                    continue
                for child in (node.left, node.right):
                    if child:
                        stack.append((child, d + 1))
            if not row:
                return total
            total = sum(row)
            depth += 1
