// Compares each point with its parent only, not with every point above it.
class Solution {
    int visit(TreeNode* node, long long parent) {
        if (!node) return 0;
        return (node->val > parent ? 1 : 0) + visit(node->left, node->val) + visit(node->right, node->val);
    }

public:
    int countLookouts(TreeNode* root) { return visit(root, LLONG_MIN); }
};
