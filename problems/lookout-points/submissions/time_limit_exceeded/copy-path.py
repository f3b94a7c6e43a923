"""Carries a copy of the whole path and compares each node with all of it: O(n * h)."""


class Solution:
    def countLookouts(self, root: Optional[TreeNode]) -> int:
        count = 0
        stack = [(root, [])] if root else []
        while stack:
            node, path = stack.pop()
            if all(node.val > above for above in path):
                count += 1
            path = path + [node.val]
            if node.left:
                stack.append((node.left, path))
            if node.right:
                stack.append((node.right, path))
        return count
