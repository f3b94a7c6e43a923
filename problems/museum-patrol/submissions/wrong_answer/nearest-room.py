# Shortest times first (right), then always walks to the nearest unchecked room (greedy: not optimal).
class Solution:
    def patrolTime(self, rooms: int, corridors: List[List[int]]) -> int:
        n, INF = rooms, float("inf")
        d = [[0 if i == j else INF for j in range(n)] for i in range(n)]
        for u, v, w in corridors:
            d[u][v] = min(d[u][v], w)
        for k in range(n):
            for i in range(n):
                for j in range(n):
                    d[i][j] = min(d[i][j], d[i][k] + d[k][j])
        here, left, total = 0, set(range(1, n)), 0
        while left:
            nxt = min(left, key=lambda x: d[here][x])
            total += d[here][nxt]
            left.remove(nxt)
            here = nxt
        return total
