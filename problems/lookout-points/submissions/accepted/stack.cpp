class Solution {
public:
    int countLookouts(TreeNode* root) {
        if (!root) return 0;
        int count = 0;
        vector<pair<TreeNode*, long long>> stack{{root, LLONG_MIN}};
        while (!stack.empty()) {
            auto [node, best] = stack.back();
            stack.pop_back();
            if (node->val > best) count++;
            long long next = max(best, (long long)node->val);
            if (node->left) stack.push_back({node->left, next});
            if (node->right) stack.push_back({node->right, next});
        }
        return count;
    }
};
