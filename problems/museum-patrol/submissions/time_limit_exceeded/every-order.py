# Shortest times first, then tries every order of the rooms: (n - 1)! orders.
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
        best = INF
        for order in itertools.permutations(range(1, n)):
            total, here = 0, 0
            for room in order:
                total += d[here][room]
                here = room
            best = min(best, total)
        return best
