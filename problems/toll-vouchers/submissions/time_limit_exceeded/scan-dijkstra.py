"""Dijkstra on the layered graph, but finds the closest state by scanning them all: O((n k)^2)."""


class Solution:
    def cheapestTrip(self, n: int, roads: List[List[int]], vouchers: int) -> int:
        adj = [[] for _ in range(n)]
        for u, v, w in roads:
            adj[u].append((v, w))
            adj[v].append((u, w))
        layers = vouchers + 1
        inf = float("inf")
        dist = [inf] * (n * layers)
        done = [False] * (n * layers)
        dist[0] = 0
        while True:
            best, state = inf, -1
            for s in range(n * layers):
                if not done[s] and dist[s] < best:
                    best, state = dist[s], s
            if state < 0:
                break
            done[state] = True
            town, used = divmod(state, layers)
            for v, w in adj[town]:
                paid = v * layers + used
                dist[paid] = min(dist[paid], best + w)
                if used < vouchers:
                    dist[paid + 1] = min(dist[paid + 1], best)
        answer = min(dist[(n - 1) * layers : n * layers])
        return -1 if answer == inf else answer
