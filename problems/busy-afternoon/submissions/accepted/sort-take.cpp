class Solution {
public:
    int maxErrands(vector<int>& durations, long long freeMinutes) {
        sort(durations.begin(), durations.end());
        long long total = 0;
        int count = 0;
        for (int d : durations) {
            if (total + d > freeMinutes) break;
            total += d;
            count++;
        }
        return count;
    }
};
