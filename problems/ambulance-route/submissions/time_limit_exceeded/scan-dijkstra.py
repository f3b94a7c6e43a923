"""Dijkstra that finds the next junction by scanning all of them: O(n^2)."""
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
done = [False] * (n + 1)
dist[1] = 0
while True:
    best, u = INF, -1
    for v in range(1, n + 1):
        if not done[v] and dist[v] < best:
            best, u = dist[v], v
    if u < 0:
        break
    done[u] = True
    for v, w in adj[u]:
        if best + w < dist[v]:
            dist[v], prev[v] = best + w, u
if dist[n] == INF:
    print(-1)
else:
    route = [n]
    while route[-1] != 1:
        route.append(prev[route[-1]])
    route.reverse()
    print(f"{dist[n]}\n{len(route)}\n{' '.join(map(str, route))}")
