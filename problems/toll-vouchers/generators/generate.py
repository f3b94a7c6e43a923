#!/usr/bin/env python3
"""Writes data/ of toll-vouchers: `python3 generators/generate.py`.

Deterministic (fixed seed). Tests are JSON: .in the argument array [n, roads, vouchers], .ans
the cheapest total toll (or -1). The answer comes from Dijkstra's algorithm on the layered graph,
cross-checked on small inputs by trying every set of at most k free roads with plain Dijkstra.
"""
import heapq
import itertools
import json
import os
import random

random.seed(20261210)
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")
LIMIT = 10**9
MAX_N = 5000
MAX_M = 10**4
MAX_K = 5


def layered(n, roads, k):
    adj = [[] for _ in range(n)]
    for u, v, w in roads:
        adj[u].append((v, w))
        adj[v].append((u, w))
    inf = float("inf")
    dist = [[inf] * (k + 1) for _ in range(n)]
    dist[0][0] = 0
    heap = [(0, 0, 0)]
    while heap:
        d, u, j = heapq.heappop(heap)
        if d > dist[u][j]:
            continue
        for v, w in adj[u]:
            if d + w < dist[v][j]:
                dist[v][j] = d + w
                heapq.heappush(heap, (d + w, v, j))
            if j < k and d < dist[v][j + 1]:
                dist[v][j + 1] = d
                heapq.heappush(heap, (d, v, j + 1))
    best = min(dist[n - 1])
    return -1 if best == inf else best


def plain(n, roads):
    adj = [[] for _ in range(n)]
    for u, v, w in roads:
        adj[u].append((v, w))
        adj[v].append((u, w))
    dist = [float("inf")] * n
    dist[0] = 0
    heap = [(0, 0)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist[u]:
            continue
        for v, w in adj[u]:
            if d + w < dist[v]:
                dist[v] = d + w
                heapq.heappush(heap, (d + w, v))
    return dist[n - 1]


def brute(n, roads, k):
    best = float("inf")
    for size in range(min(k, len(roads)) + 1):
        for free in itertools.combinations(range(len(roads)), size):
            chosen = set(free)
            best = min(best, plain(n, [(u, v, 0 if i in chosen else w) for i, (u, v, w) in enumerate(roads)]))
    return -1 if best == float("inf") else best


def write(folder, name, n, roads, k):
    assert 2 <= n <= MAX_N and len(roads) <= MAX_M and 0 <= k <= MAX_K
    assert all(0 <= u < n and 0 <= v < n and u != v and 1 <= w <= LIMIT for u, v, w in roads)
    result = layered(n, roads, k)
    if len(roads) <= 12:
        assert result == brute(n, roads, k), name
    path = os.path.join(ROOT, folder)
    os.makedirs(path, exist_ok=True)
    with open(os.path.join(path, name + ".in"), "w") as f:
        f.write(json.dumps([n, [list(r) for r in roads], k], separators=(",", ":")) + "\n")
    with open(os.path.join(path, name + ".ans"), "w") as f:
        f.write(json.dumps(result) + "\n")


def random_graph(n, m, high, connected=True):
    roads = []
    if connected:
        order = list(range(n))
        random.shuffle(order)
        for i in range(1, n):
            roads.append((order[i], order[random.randrange(i)], random.randint(1, high)))
    while len(roads) < m:
        u, v = random.sample(range(n), 2)
        roads.append((u, v, random.randint(1, high)))
    random.shuffle(roads)
    return roads


def trap(k):
    """A cheap route of many small tolls beside one with k huge tolls and a tiny remainder."""
    roads, n = [], 2 + 3 * k + 6
    a = list(range(1, 7))  # cheap route: 0 - 1 - ... - 6 - end
    end = n - 1
    chain = [0] + a + [end]
    for x, y in zip(chain, chain[1:]):
        roads.append((x, y, 10))
    b = list(range(7, 7 + 3 * k))  # dear route: huge tolls with small ones between
    chain = [0] + b + [end]
    for i, (x, y) in enumerate(zip(chain, chain[1:])):
        roads.append((x, y, LIMIT if i % 3 == 0 and i // 3 < k else 1))
    return n, roads


def main():
    for folder in ("sample", "secret"):
        path = os.path.join(ROOT, folder)
        if os.path.isdir(path):
            for name in os.listdir(path):
                os.remove(os.path.join(path, name))
    write("sample", "1", 4, [(0, 1, 5), (1, 3, 5), (0, 2, 1), (2, 3, 20)], 1)
    write("sample", "2", 3, [(0, 1, 7), (1, 2, 8)], 0)
    write("sample", "3", 3, [(0, 1, 4)], 2)
    write("secret", "01-no-roads", 2, [], 3)
    write("secret", "02-direct-road-free", 2, [(0, 1, LIMIT)], 1)
    write("secret", "03-parallel-roads", 2, [(0, 1, 9), (1, 0, 4), (0, 1, 6)], 0)
    write("secret", "04-more-vouchers-than-roads", 4, [(0, 1, 3), (1, 2, 3), (2, 3, 3)], 5)
    n, roads = trap(1)
    write("secret", "05-greedy-trap-one", n, roads, 1)
    n, roads = trap(2)
    write("secret", "06-greedy-trap-two", n, roads, 2)
    for i in range(7, 12):
        n = random.randint(2, 7)
        write("secret", f"{i:02}-random-small", n, random_graph(n, random.randint(0, 10), 50, False), random.randint(0, 3))
    write("secret", "12-random-medium", 300, random_graph(300, 800, LIMIT), 3)
    n = MAX_N
    path_roads = [(i, i + 1, LIMIT) for i in range(n - 1)]
    write("secret", "13-large-path-max-tolls", n, path_roads, 5)
    write("secret", "14-large-random", n, random_graph(n, MAX_M, LIMIT), 5)
    write("secret", "15-large-small-tolls", n, random_graph(n, MAX_M, 100), 4)
    write("secret", "16-large-unreachable", n, random_graph(n - 1, MAX_M, LIMIT), 5)


main()
