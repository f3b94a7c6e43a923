class Solution {
public:
    vector<int> countAtMost(vector<int>& readings, vector<int>& thresholds) {
        vector<int> s = readings;
        sort(s.begin(), s.end());
        vector<int> out;
        out.reserve(thresholds.size());
        for (int t : thresholds) out.push_back(int(upper_bound(s.begin(), s.end(), t) - s.begin()));
        return out;
    }
};
