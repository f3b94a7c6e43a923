"""Marks every ancestor of p, then climbs from q to the first marked one: O(h) per query."""


class Solution:
    def closestAncestors(self, root: Optional[TreeNode], queries: List[List[int]]) -> List[int]:
        parent = {root.val: None}
        stack = [root]
        while stack:
            node = stack.pop()
            for child in (node.left, node.right):
                if child:
                    parent[child.val] = node.val
                    stack.append(child)
        answers = []
        for p, q in queries:
            marked = set()
            while p is not None:
                marked.add(p)
                p = parent[p]
            while q not in marked:
                q = parent[q]
            answers.append(q)
        return answers
