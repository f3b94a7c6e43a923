// Climbs both people one generation at a time together, without first evening out their depths.
class Solution {
public:
    vector<int> closestAncestors(TreeNode* root, vector<vector<int>>& queries) {
        unordered_map<int, int> parent{{root->val, root->val}};
        vector<TreeNode*> stack{root};
        while (!stack.empty()) {
            TreeNode* node = stack.back();
            stack.pop_back();
            for (TreeNode* child : {node->left, node->right}) {
                if (!child) continue;
                parent[child->val] = node->val;
                stack.push_back(child);
            }
        }
        vector<int> answers;
        for (auto& query : queries) {
            int a = query[0], b = query[1];
            while (a != b && a != root->val && b != root->val) a = parent[a], b = parent[b];
            answers.push_back(a == b ? a : root->val);
        }
        return answers;
    }
};
