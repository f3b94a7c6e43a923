class Solution {
public:
    long long smallestFloat(vector<int>& changes) {
        long long till = 0, lowest = 0;
        for (int change : changes) {
            till += change;
            lowest = min(lowest, till);
        }
        return -lowest;
    }
};
