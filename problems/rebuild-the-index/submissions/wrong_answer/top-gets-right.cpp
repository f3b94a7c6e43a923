// Pops the smaller nodes but hangs the new key under the stack top that stays, not the last popped.
class Solution {
public:
    TreeNode* rebuildIndex(vector<int>& preorder) {
        if (preorder.empty()) return nullptr;
        TreeNode* root = new TreeNode(preorder[0]);
        vector<TreeNode*> stack{root};
        for (size_t i = 1; i < preorder.size(); i++) {
            TreeNode* node = new TreeNode(preorder[i]);
            TreeNode* last = nullptr;
            while (stack.size() > 1 && stack.back()->val < node->val) {
                last = stack.back();
                stack.pop_back();
            }
            if (stack.back()->val < node->val) stack.back()->right = node;
            else if (last) last->right = node;
            else stack.back()->left = node;
            stack.push_back(node);
        }
        return root;
    }
};
