class Solution {
public:
    string shortestWalk(string street, string recipe) {
        int need[128] = {0};
        for (char c : recipe) need[(int)c]++;
        int missing = recipe.size(), left = 0, bestStart = 0, bestLength = INT_MAX;
        for (int right = 0; right < (int)street.size(); right++) {
            if (need[(int)street[right]]-- > 0) missing--;
            if (missing > 0) continue;
            while (need[(int)street[left]] < 0) need[(int)street[left++]]++;
            if (right - left + 1 < bestLength) bestStart = left, bestLength = right - left + 1;
        }
        return bestLength == INT_MAX ? "" : street.substr(bestStart, bestLength);
    }
};
