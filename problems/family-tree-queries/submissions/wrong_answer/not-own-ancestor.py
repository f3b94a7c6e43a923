"""Forgets that a person is their own ancestor: when p descends from q it answers q's parent."""


class Solution:
    def closestAncestors(self, root: Optional[TreeNode], queries: List[List[int]]) -> List[int]:
        parent, depth = {root.val: None}, {root.val: 0}
        stack = [root]
        while stack:
            node = stack.pop()
            for child in (node.left, node.right):
                if child:
                    parent[child.val] = node.val
                    depth[child.val] = depth[node.val] + 1
                    stack.append(child)
        up = [parent]
        while (1 << len(up)) < len(parent):
            prev = up[-1]
            up.append({v: (prev[prev[v]] if prev[v] is not None else None) for v in prev})
        answers = []
        for p, q in queries:
            if depth[p] < depth[q]:
                p, q = q, p
            diff = depth[p] - depth[q]
            for j in range(len(up)):
                if diff >> j & 1:
                    p = up[j][p]
            for j in range(len(up) - 1, -1, -1):
                if up[j][p] != up[j][q]:
                    p, q = up[j][p], up[j][q]
            answers.append(parent[p] if parent[p] is not None else p)
        return answers
