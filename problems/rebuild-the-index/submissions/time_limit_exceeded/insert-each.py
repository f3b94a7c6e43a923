"""Inserts every key from the root: the right tree, but O(n * h) steps."""


class Solution:
    def rebuildIndex(self, preorder: List[int]) -> Optional[TreeNode]:
        root = None
        for key in preorder:
            if root is None:
                root = TreeNode(key)
                continue
            node = root
            while True:
                if key < node.val:
                    if node.left is None:
                        node.left = TreeNode(key)
                        break
                    node = node.left
                else:
                    if node.right is None:
                        node.right = TreeNode(key)
                        break
                    node = node.right
        return root
