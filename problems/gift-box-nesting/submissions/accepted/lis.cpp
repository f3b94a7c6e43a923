class Solution {
public:
    int longestNesting(vector<vector<int>>& boxes) {
        vector<pair<int, int>> norm;
        norm.reserve(boxes.size());
        for (auto& b : boxes) norm.push_back({min(b[0], b[1]), max(b[0], b[1])});
        sort(norm.begin(), norm.end(), [](const pair<int, int>& x, const pair<int, int>& y) {
            return x.first != y.first ? x.first < y.first : x.second > y.second;
        });
        vector<int> tails;
        for (auto& [s, l] : norm) {
            auto it = lower_bound(tails.begin(), tails.end(), l);
            if (it == tails.end()) tails.push_back(l);
            else *it = l;
        }
        return tails.size();
    }
};
