// Monotonic stack: the stack holds the nodes whose right child may still come.
class Solution {
public:
    TreeNode* rebuildIndex(vector<int>& preorder) {
        if (preorder.empty()) return nullptr;
        TreeNode* root = new TreeNode(preorder[0]);
        vector<TreeNode*> stack{root};
        for (size_t i = 1; i < preorder.size(); i++) {
            TreeNode* node = new TreeNode(preorder[i]);
            TreeNode* parent = nullptr;
            while (!stack.empty() && stack.back()->val < node->val) {
                parent = stack.back();
                stack.pop_back();
            }
            if (parent) parent->right = node;
            else stack.back()->left = node;
            stack.push_back(node);
        }
        return root;
    }
};
