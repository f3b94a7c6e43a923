class Solution {
public:
    vector<int> recordStreaks(vector<int>& levels) {
        int n = levels.size();
        vector<int> streaks(n), stack;
        for (int i = 0; i < n; i++) {
            while (!stack.empty() && levels[stack.back()] <= levels[i]) stack.pop_back();
            streaks[i] = stack.empty() ? i + 1 : i - stack.back();
            stack.push_back(i);
        }
        return streaks;
    }
};
