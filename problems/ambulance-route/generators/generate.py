#!/usr/bin/env python3
"""Writes data/ of ambulance-route: `python3 generators/generate.py`.

Deterministic (fixed seed). The .ans holds the optimal time and one fastest route (the output
validator reads only the time). The time comes from Dijkstra's algorithm, cross-checked on small
inputs by Bellman-Ford; the route written is checked to add up to it.
"""
import heapq
import os
import random

random.seed(20261212)
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")
LIMIT = 10**9
MAX_N = 5 * 10**4
MAX_M = 5 * 10**4


def dijkstra(n, streets):
    adj = [[] for _ in range(n + 1)]
    for u, v, w in streets:
        adj[u].append((v, w))
        adj[v].append((u, w))
    dist = [None] * (n + 1)
    prev = [0] * (n + 1)
    dist[1] = 0
    heap = [(0, 1)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist[u]:
            continue
        for v, w in adj[u]:
            if dist[v] is None or d + w < dist[v]:
                dist[v], prev[v] = d + w, u
                heapq.heappush(heap, (d + w, v))
    if dist[n] is None:
        return None, None
    route = [n]
    while route[-1] != 1:
        route.append(prev[route[-1]])
    return dist[n], route[::-1]


def bellman_ford(n, streets):
    dist = [None] * (n + 1)
    dist[1] = 0
    for _ in range(n):
        for u, v, w in streets:
            for a, b in ((u, v), (v, u)):
                if dist[a] is not None and (dist[b] is None or dist[a] + w < dist[b]):
                    dist[b] = dist[a] + w
    return dist[n]


def write(folder, name, n, streets):
    assert 2 <= n <= MAX_N and len(streets) <= MAX_M
    assert all(1 <= u <= n and 1 <= v <= n and u != v and 1 <= w <= LIMIT for u, v, w in streets)
    best, route = dijkstra(n, streets)
    if n * len(streets) <= 10**5:
        assert best == bellman_ford(n, streets), name
    path = os.path.join(ROOT, folder)
    os.makedirs(path, exist_ok=True)
    with open(os.path.join(path, name + ".in"), "w") as f:
        f.write(f"{n} {len(streets)}\n" + "".join(f"{u} {v} {w}\n" for u, v, w in streets))
    with open(os.path.join(path, name + ".ans"), "w") as f:
        if best is None:
            f.write("-1\n")
        else:
            fastest = {}
            for u, v, w in streets:
                key = (min(u, v), max(u, v))
                fastest[key] = min(w, fastest.get(key, w))
            assert sum(fastest[(min(a, b), max(a, b))] for a, b in zip(route, route[1:])) == best
            f.write(f"{best}\n{len(route)}\n{' '.join(map(str, route))}\n")


def random_graph(n, m, high, connected=True):
    streets = []
    if connected:
        order = list(range(1, n + 1))
        random.shuffle(order)
        for i in range(1, n):
            streets.append((order[i], order[random.randrange(i)], random.randint(1, high)))
    while len(streets) < m:
        u, v = random.sample(range(1, n + 1), 2)
        streets.append((u, v, random.randint(1, high)))
    random.shuffle(streets)
    return streets


def grid(side, high):
    """A side x side grid of junctions with small random times: many equally fast routes."""
    streets = []
    for r in range(side):
        for c in range(side):
            v = r * side + c + 1
            if c + 1 < side:
                streets.append((v, v + 1, random.randint(1, high)))
            if r + 1 < side:
                streets.append((v, v + side, random.randint(1, high)))
    random.shuffle(streets)
    return side * side, streets


def main():
    for folder in ("sample", "secret"):
        path = os.path.join(ROOT, folder)
        if os.path.isdir(path):
            for name in os.listdir(path):
                os.remove(os.path.join(path, name))
    write("sample", "1", 5, [(1, 2, 4), (1, 3, 1), (3, 2, 2), (2, 5, 5), (3, 4, 6), (4, 5, 1)])
    write("sample", "2", 3, [(1, 2, 10)])
    write("secret", "01-no-streets", 2, [])
    write("secret", "02-one-street", 2, [(2, 1, LIMIT)])
    write("secret", "03-parallel-streets", 2, [(1, 2, 9), (2, 1, 3), (1, 2, 5)])
    write("secret", "04-fewer-hops-slower", 4, [(1, 4, 100), (1, 2, 1), (2, 3, 1), (3, 4, 1)])
    write("secret", "05-isolated-hospital", 6, [(1, 2, 1), (2, 3, 1), (3, 1, 1), (4, 5, 2)])
    for i in range(6, 11):
        n = random.randint(2, 9)
        write("secret", f"{i:02}-random-small", n, random_graph(n, random.randint(0, 14), 10, False))
    n, streets = grid(12, 3)
    write("secret", "11-grid-many-ties", n, streets)
    write("secret", "12-random-medium", 2000, random_graph(2000, 5000, LIMIT))
    write("secret", "13-path-max-times", 10**4, [(i, i + 1, LIMIT) for i in range(1, 10**4)][::-1])
    write("secret", "14-large-random", 3 * 10**4, random_graph(3 * 10**4, 3 * 10**4, 99))
    n, streets = grid(100, 9)
    write("secret", "15-large-grid", n, streets)


main()
