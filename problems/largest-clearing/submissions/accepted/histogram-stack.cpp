class Solution {
public:
    int largestClearing(vector<string>& forest) {
        int cols = forest[0].size(), best = 0;
        vector<int> heights(cols + 1, 0), stack;
        for (const string& row : forest) {
            for (int j = 0; j < cols; j++) heights[j] = row[j] == '.' ? heights[j] + 1 : 0;
            stack.clear();
            for (int j = 0; j <= cols; j++) {
                while (!stack.empty() && heights[stack.back()] >= heights[j]) {
                    int top = heights[stack.back()];
                    stack.pop_back();
                    int width = stack.empty() ? j : j - stack.back() - 1;
                    best = max(best, top * width);
                }
                stack.push_back(j);
            }
        }
        return best;
    }
};
