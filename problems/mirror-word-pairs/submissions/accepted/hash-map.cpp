class Solution {
public:
    long long countMirrorPairs(vector<string>& words) {
        unordered_map<string, long long> seen;
        seen.reserve(words.size() * 2);
        long long pairs = 0;
        for (const string& word : words) {
            string reversed(word.rbegin(), word.rend());
            auto found = seen.find(reversed);
            if (found != seen.end()) pairs += found->second;
            seen[word]++;
        }
        return pairs;
    }
};
