class Solution:
    def rebuildIndex(self, preorder: List[int]) -> Optional[TreeNode]:
        at = 0

        def build(low, high):
            nonlocal at
            if at == len(preorder) or not low < preorder[at] < high:
                return None
            node = TreeNode(preorder[at])
            at += 1
            node.left = build(low, node.val)
            node.right = build(node.val, high)
            return node

        return build(float("-inf"), float("inf"))
