// Never turns a box: compares a with a and b with b as given.
class Solution {
public:
    int longestNesting(vector<vector<int>>& boxes) {
        vector<pair<int, int>> order;
        for (auto& b : boxes) order.push_back({b[0], b[1]});
        sort(order.begin(), order.end(), [](const pair<int, int>& x, const pair<int, int>& y) {
            return x.first != y.first ? x.first < y.first : x.second > y.second;
        });
        vector<int> tails;
        for (auto& [s, l] : order) {
            auto it = lower_bound(tails.begin(), tails.end(), l);
            if (it == tails.end()) tails.push_back(l);
            else *it = l;
        }
        return tails.size();
    }
};
