// Right idea, but the running total is a 32-bit int and overflows past 2^31.
class Solution {
public:
    int maxErrands(vector<int>& durations, long long freeMinutes) {
        sort(durations.begin(), durations.end());
        int total = 0;
        int count = 0;
        for (int d : durations) {
            if ((long long)total + d > freeMinutes) break;
            total += d;
            count++;
        }
        return count;
    }
};
