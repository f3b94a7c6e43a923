// Wrong: lists each level from right to left.
class Solution {
public:
    vector<vector<int>> levelOrder(TreeNode* root) {
        vector<vector<int>> levels;
        vector<TreeNode*> level;
        if (root) level.push_back(root);
        while (!level.empty()) {
            vector<int> values;
            vector<TreeNode*> next;
            for (auto it = level.rbegin(); it != level.rend(); ++it) values.push_back((*it)->val);
            for (TreeNode* node : level) {
                if (node->left) next.push_back(node->left);
                if (node->right) next.push_back(node->right);
            }
            levels.push_back(values);
            level = next;
        }
        return levels;
    }
};
