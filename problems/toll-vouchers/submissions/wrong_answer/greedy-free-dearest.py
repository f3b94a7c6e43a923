"""Finds the cheapest route without vouchers, then spends them on that route's dearest roads."""


class Solution:
    def cheapestTrip(self, n: int, roads: List[List[int]], vouchers: int) -> int:
        adj = [[] for _ in range(n)]
        for u, v, w in roads:
            adj[u].append((v, w))
            adj[v].append((u, w))
        dist, came = [float("inf")] * n, [None] * n
        dist[0] = 0
        heap = [(0, 0)]
        while heap:
            d, u = heapq.heappop(heap)
            if d > dist[u]:
                continue
            for v, w in adj[u]:
                if d + w < dist[v]:
                    dist[v], came[v] = d + w, (u, w)
                    heapq.heappush(heap, (d + w, v))
        if dist[n - 1] == float("inf"):
            return -1
        tolls, town = [], n - 1
        while came[town]:
            town, w = came[town]
            tolls.append(w)
        tolls.sort(reverse=True)
        return sum(tolls[vouchers:])
