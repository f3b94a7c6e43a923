"""Dijkstra with a heap and predecessor links: O((n + m) log m)."""
import heapq
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
adj = [[] for _ in range(n + 1)]
for i in range(m):
    u, v, w = int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])
    adj[u].append((v, w))
    adj[v].append((u, w))
INF = float("inf")
dist = [INF] * (n + 1)
prev = [0] * (n + 1)
dist[1] = 0
heap = [(0, 1)]
while heap:
    d, u = heapq.heappop(heap)
    if d > dist[u]:
        continue
    for v, w in adj[u]:
        if d + w < dist[v]:
            dist[v], prev[v] = d + w, u
            heapq.heappush(heap, (d + w, v))
if dist[n] == INF:
    print(-1)
else:
    route = [n]
    while route[-1] != 1:
        route.append(prev[route[-1]])
    route.reverse()
    print(f"{dist[n]}\n{len(route)}\n{' '.join(map(str, route))}")
