class Solution {
public:
    long long countMirrorPairs(vector<string>& words) {
        unordered_map<string, int> seen;
        int pairs = 0;  // overflows past 2^31 - 1
        for (const string& word : words) {
            string reversed(word.rbegin(), word.rend());
            pairs += seen[reversed];
            seen[word]++;
        }
        return pairs;
    }
};
