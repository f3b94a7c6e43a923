// The subset DP over the direct corridors only: it never walks through a checked room again.
class Solution {
public:
    int patrolTime(int rooms, vector<vector<int>>& corridors) {
        const int n = rooms;
        const long long INF = LLONG_MAX / 4;
        vector<vector<long long>> d(n, vector<long long>(n, INF));
        for (auto& c : corridors) d[c[0]][c[1]] = c[2];
        vector<vector<long long>> best(1 << n, vector<long long>(n, INF));
        best[1][0] = 0;
        for (int mask = 1; mask < (1 << n); mask += 2)
            for (int v = 0; v < n; v++) {
                if (best[mask][v] >= INF) continue;
                for (int x = 0; x < n; x++)
                    if (!(mask >> x & 1) && d[v][x] < INF)
                        best[mask | 1 << x][x] = min(best[mask | 1 << x][x], best[mask][v] + d[v][x]);
            }
        long long answer = INF;
        for (int v = 0; v < n; v++) answer = min(answer, best[(1 << n) - 1][v]);
        return answer >= INF ? -1 : (int)answer;
    }
};
