class Solution {
    public int patrolTime(int rooms, int[][] corridors) {
        int n = rooms;
        final long inf = Long.MAX_VALUE / 4;
        long[][] d = new long[n][n];
        for (long[] row : d) Arrays.fill(row, inf);
        for (int i = 0; i < n; i++) d[i][i] = 0;
        for (int[] c : corridors) d[c[0]][c[1]] = Math.min(d[c[0]][c[1]], c[2]);
        for (int k = 0; k < n; k++)
            for (int i = 0; i < n; i++)
                for (int j = 0; j < n; j++) d[i][j] = Math.min(d[i][j], d[i][k] + d[k][j]);
        long[][] best = new long[1 << n][n];
        for (long[] row : best) Arrays.fill(row, inf);
        best[1][0] = 0;
        for (int mask = 1; mask < (1 << n); mask += 2)
            for (int v = 0; v < n; v++) {
                if (best[mask][v] >= inf) continue;
                for (int x = 0; x < n; x++)
                    if ((mask >> x & 1) == 0)
                        best[mask | 1 << x][x] = Math.min(best[mask | 1 << x][x], best[mask][v] + d[v][x]);
            }
        long answer = inf;
        for (long cost : best[(1 << n) - 1]) answer = Math.min(answer, cost);
        return (int) answer;
    }
}
