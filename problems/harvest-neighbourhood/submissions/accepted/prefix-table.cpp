class Solution {
public:
    vector<vector<int>> neighbourhoodSums(vector<vector<int>>& grid, int radius) {
        int rows = grid.size(), cols = grid[0].size();
        vector<vector<int>> s(rows + 1, vector<int>(cols + 1, 0));
        for (int x = 0; x < rows; x++)
            for (int y = 0; y < cols; y++) s[x + 1][y + 1] = grid[x][y] + s[x][y + 1] + s[x + 1][y] - s[x][y];
        vector<vector<int>> result(rows, vector<int>(cols));
        for (int i = 0; i < rows; i++) {
            int a = max(0, i - radius), b = min(rows - 1, i + radius) + 1;
            for (int j = 0; j < cols; j++) {
                int c = max(0, j - radius), d = min(cols - 1, j + radius) + 1;
                result[i][j] = s[b][d] - s[a][d] - s[b][c] + s[a][c];
            }
        }
        return result;
    }
};
