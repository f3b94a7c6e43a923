class Solution {
public:
    double warmestAverage(vector<int>& readings, int days) {
        vector<long long> prefix(readings.size() + 1, 0);
        for (size_t i = 0; i < readings.size(); i++) prefix[i + 1] = prefix[i] + readings[i];
        long long best = LLONG_MIN;
        for (size_t end = days; end < prefix.size(); end++) best = max(best, prefix[end] - prefix[end - days]);
        return (double)best / days;
    }
};
