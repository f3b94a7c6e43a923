"""Breadth-first search: the route with the fewest streets, which is not always the fastest."""
import sys
from collections import deque

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
adj = [[] for _ in range(n + 1)]
fastest = {}
for i in range(m):
    u, v, w = int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])
    adj[u].append(v)
    adj[v].append(u)
    key = (min(u, v), max(u, v))
    fastest[key] = min(w, fastest.get(key, w))
prev = [0] * (n + 1)
prev[1] = -1
queue = deque([1])
while queue:
    u = queue.popleft()
    for v in adj[u]:
        if prev[v] == 0:
            prev[v] = u
            queue.append(v)
if prev[n] == 0:
    print(-1)
else:
    route = [n]
    while route[-1] != 1:
        route.append(prev[route[-1]])
    route.reverse()
    total = sum(fastest[(min(a, b), max(a, b))] for a, b in zip(route, route[1:]))
    print(f"{total}\n{len(route)}\n{' '.join(map(str, route))}")
