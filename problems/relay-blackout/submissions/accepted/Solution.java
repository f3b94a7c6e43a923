class Solution {
    public int[] restoreSignal(int[][] grid) {
        int rows = grid.length, cols = grid[0].length, relays = 0, tail = 0;
        int[] dist = new int[rows * cols];
        int[] queue = new int[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                dist[r * cols + c] = -1;
                if (grid[r][c] == 2) {
                    dist[r * cols + c] = 0;
                    queue[tail++] = r * cols + c;
                } else if (grid[r][c] == 1) relays++;
            }
        }
        int[] dy = {1, -1, 0, 0}, dx = {0, 0, 1, -1};
        int minutes = 0, reached = 0;
        for (int head = 0; head < tail; head++) {
            int y = queue[head] / cols, x = queue[head] % cols;
            for (int d = 0; d < 4; d++) {
                int ny = y + dy[d], nx = x + dx[d];
                if (ny < 0 || ny >= rows || nx < 0 || nx >= cols || grid[ny][nx] != 1) continue;
                int next = ny * cols + nx;
                if (dist[next] >= 0) continue;
                dist[next] = dist[queue[head]] + 1;
                minutes = dist[next];
                reached++;
                queue[tail++] = next;
            }
        }
        return new int[] {minutes, relays - reached};
    }
}
