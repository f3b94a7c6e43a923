// Binary lifting: up[j][v] is the 2^j-th ancestor of v.
class Solution {
public:
    vector<int> closestAncestors(TreeNode* root, vector<vector<int>>& queries) {
        vector<TreeNode*> nodes{root};
        vector<int> parent{0}, depth{0};
        unordered_map<int, int> index{{root->val, 0}};
        for (size_t i = 0; i < nodes.size(); i++) {
            for (TreeNode* child : {nodes[i]->left, nodes[i]->right}) {
                if (!child) continue;
                index[child->val] = nodes.size();
                nodes.push_back(child);
                parent.push_back(i);
                depth.push_back(depth[i] + 1);
            }
        }
        int n = nodes.size(), levels = 1;
        while ((1 << levels) < n) levels++;
        vector<vector<int>> up(levels, parent);
        for (int j = 1; j < levels; j++)
            for (int v = 0; v < n; v++) up[j][v] = up[j - 1][up[j - 1][v]];
        vector<int> answers;
        answers.reserve(queries.size());
        for (auto& query : queries) {
            int a = index[query[0]], b = index[query[1]];
            if (depth[a] < depth[b]) swap(a, b);
            for (int j = 0, diff = depth[a] - depth[b]; diff; j++, diff >>= 1)
                if (diff & 1) a = up[j][a];
            if (a != b) {
                for (int j = levels - 1; j >= 0; j--)
                    if (up[j][a] != up[j][b]) a = up[j][a], b = up[j][b];
                a = up[0][a];
            }
            answers.push_back(nodes[a]->val);
        }
        return answers;
    }
};
