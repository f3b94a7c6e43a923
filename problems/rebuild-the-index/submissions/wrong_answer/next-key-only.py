"""Thinks the key right after a node is always its left child when smaller, without range checks."""


class Solution:
    def rebuildIndex(self, preorder: List[int]) -> Optional[TreeNode]:
        if not preorder:
            return None
        nodes = [TreeNode(key) for key in preorder]
        for i in range(len(nodes) - 1):
            if preorder[i + 1] < preorder[i]:
                nodes[i].left = nodes[i + 1]
            else:
                nodes[i].right = nodes[i + 1]
        return nodes[0]
