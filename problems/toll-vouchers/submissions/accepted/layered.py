class Solution:
    def cheapestTrip(self, n: int, roads: List[List[int]], vouchers: int) -> int:
        adj = [[] for _ in range(n)]
        for u, v, w in roads:
            adj[u].append((v, w))
            adj[v].append((u, w))
        layers = vouchers + 1
        inf = float("inf")
        dist = [inf] * (n * layers)  # state (town, used) at town * layers + used
        dist[0] = 0
        heap = [(0, 0)]
        while heap:
            d, state = heapq.heappop(heap)
            if d > dist[state]:
                continue
            town, used = divmod(state, layers)
            for v, w in adj[town]:
                paid = v * layers + used
                if d + w < dist[paid]:
                    dist[paid] = d + w
                    heapq.heappush(heap, (d + w, paid))
                if used < vouchers and d < dist[paid + 1]:
                    dist[paid + 1] = d
                    heapq.heappush(heap, (d, paid + 1))
        best = min(dist[(n - 1) * layers : n * layers])
        return -1 if best == inf else best
