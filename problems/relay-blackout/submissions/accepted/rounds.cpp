// Breadth-first search round by round: the frontier of minute m makes the frontier of minute m + 1.
class Solution {
public:
    vector<int> restoreSignal(vector<vector<int>>& grid) {
        int rows = grid.size(), cols = grid[0].size(), relays = 0;
        vector<pair<int, int>> frontier;
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++) {
                if (grid[r][c] == 2) frontier.push_back({r, c});
                if (grid[r][c] == 1) relays++;
            }
        const int dy[] = {1, -1, 0, 0}, dx[] = {0, 0, 1, -1};
        int minutes = 0, reached = 0;
        while (true) {
            vector<pair<int, int>> next;
            for (auto [y, x] : frontier)
                for (int d = 0; d < 4; d++) {
                    int ny = y + dy[d], nx = x + dx[d];
                    if (ny < 0 || ny >= rows || nx < 0 || nx >= cols || grid[ny][nx] != 1) continue;
                    grid[ny][nx] = 2;
                    next.push_back({ny, nx});
                }
            if (next.empty()) break;
            minutes++;
            reached += next.size();
            frontier.swap(next);
        }
        return {minutes, relays - reached};
    }
};
