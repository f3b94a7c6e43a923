class Solution {
public:
    long long minTotalWalk(vector<int>& homes) {
        auto middle = homes.begin() + (homes.size() - 1) / 2;
        nth_element(homes.begin(), middle, homes.end());
        long long p = *middle, total = 0;
        for (int h : homes) total += llabs(h - p);
        return total;
    }
};
