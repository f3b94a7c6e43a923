class Solution {
public:
    int patrolTime(int rooms, vector<vector<int>>& corridors) {
        const int n = rooms;
        const long long INF = LLONG_MAX / 4;
        vector<vector<long long>> d(n, vector<long long>(n, INF));
        for (int i = 0; i < n; i++) d[i][i] = 0;
        for (auto& c : corridors) d[c[0]][c[1]] = min<long long>(d[c[0]][c[1]], c[2]);
        for (int k = 0; k < n; k++)
            for (int i = 0; i < n; i++)
                for (int j = 0; j < n; j++) d[i][j] = min(d[i][j], d[i][k] + d[k][j]);
        vector<long long> best((size_t)n << n, INF);
        auto at = [&](int mask, int v) -> long long& { return best[(size_t)mask * n + v]; };
        at(1, 0) = 0;
        for (int mask = 1; mask < (1 << n); mask += 2)
            for (int v = 0; v < n; v++) {
                long long cost = at(mask, v);
                if (cost >= INF) continue;
                for (int x = 0; x < n; x++)
                    if (!(mask >> x & 1)) {
                        long long& target = at(mask | 1 << x, x);
                        target = min(target, cost + d[v][x]);
                    }
            }
        long long answer = INF;
        for (int v = 0; v < n; v++) answer = min(answer, at((1 << n) - 1, v));
        return (int)answer;
    }
};
