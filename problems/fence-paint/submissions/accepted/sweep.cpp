class Solution {
public:
    long long paintedLength(vector<vector<int>>& strokes) {
        sort(strokes.begin(), strokes.end());
        long long total = 0;
        long long start = strokes[0][0], end = strokes[0][1];
        for (auto& s : strokes) {
            if (s[0] > end) {
                total += end - start;
                start = s[0];
                end = s[1];
            } else {
                end = max<long long>(end, s[1]);
            }
        }
        return total + end - start;
    }
};
