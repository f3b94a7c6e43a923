class Solution:
    def patrolTime(self, rooms: int, corridors: List[List[int]]) -> int:
        n, INF = rooms, float("inf")
        d = [[0 if i == j else INF for j in range(n)] for i in range(n)]
        for u, v, w in corridors:
            d[u][v] = min(d[u][v], w)
        for k in range(n):
            dk = d[k]
            for i in range(n):
                di, dik = d[i], d[i][k]
                if dik == INF:
                    continue
                for j in range(n):
                    if dik + dk[j] < di[j]:
                        di[j] = dik + dk[j]
        full = 1 << n
        best = [[INF] * n for _ in range(full)]
        best[1][0] = 0
        for mask in range(1, full, 2):  # every reachable set contains room 0
            row = best[mask]
            for v in range(n):
                cost = row[v]
                if cost == INF:
                    continue
                dv = d[v]
                for x in range(n):
                    if mask >> x & 1:
                        continue
                    c = cost + dv[x]
                    target = best[mask | 1 << x]
                    if c < target[x]:
                        target[x] = c
        return min(best[full - 1])
