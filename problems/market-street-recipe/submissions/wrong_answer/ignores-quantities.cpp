class Solution {
public:
    // treats the recipe as a set of ingredients: "aab" is satisfied by a single "a"
    string shortestWalk(string street, string recipe) {
        int need[128] = {0};
        for (char c : recipe) need[(int)c] = 1;
        int missing = 0;
        for (int c = 0; c < 128; c++) missing += need[c];
        int left = 0, bestStart = 0, bestLength = INT_MAX;
        for (int right = 0; right < (int)street.size(); right++) {
            if (need[(int)street[right]]-- > 0) missing--;
            if (missing > 0) continue;
            while (need[(int)street[left]] < 0) need[(int)street[left++]]++;
            if (right - left + 1 < bestLength) bestStart = left, bestLength = right - left + 1;
        }
        return bestLength == INT_MAX ? "" : street.substr(bestStart, bestLength);
    }
};
