import java.util.ArrayDeque;

class Solution {
    public TreeNode rebuildIndex(int[] preorder) {
        if (preorder.length == 0) return null;
        TreeNode root = new TreeNode(preorder[0]);
        ArrayDeque<TreeNode> stack = new ArrayDeque<>();
        stack.push(root);
        for (int i = 1; i < preorder.length; i++) {
            TreeNode node = new TreeNode(preorder[i]);
            TreeNode parent = null;
            while (!stack.isEmpty() && stack.peek().val < node.val) parent = stack.pop();
            if (parent != null) parent.right = node;
            else stack.peek().left = node;
            stack.push(node);
        }
        return root;
    }
}
