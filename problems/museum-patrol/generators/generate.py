#!/usr/bin/env python3
"""Writes data/ of museum-patrol: run from anywhere, `python3 generators/generate.py`.

Deterministic (fixed seed). Answers by Floyd-Warshall plus a DP over subsets; cross-checked
against Dijkstra over (room, checked set) states on the corridors themselves (n <= 10), which
needs neither the closure nor the DP.
"""
import heapq
import json
import os
import random

random.seed(20261212)
ROOT = os.path.join(os.path.dirname(__file__), "..", "data")
MAX_N, MAX_W = 15, 10**6
INF = float("inf")


def closure(n, corridors):
    d = [[0 if i == j else INF for j in range(n)] for i in range(n)]
    for u, v, w in corridors:
        d[u][v] = min(d[u][v], w)
    for k in range(n):
        for i in range(n):
            for j in range(n):
                if d[i][k] + d[k][j] < d[i][j]:
                    d[i][j] = d[i][k] + d[k][j]
    return d


def answer(n, corridors):
    d = closure(n, corridors)
    full = 1 << n
    dp = [[INF] * n for _ in range(full)]
    dp[1][0] = 0
    for mask in range(1, full, 2):
        for v in range(n):
            if dp[mask][v] == INF:
                continue
            for x in range(n):
                if not mask >> x & 1:
                    c = dp[mask][v] + d[v][x]
                    if c < dp[mask | 1 << x][x]:
                        dp[mask | 1 << x][x] = c
    return min(dp[full - 1])


def brute(n, corridors):
    out = [[] for _ in range(n)]
    for u, v, w in corridors:
        out[u].append((v, w))
    full = (1 << n) - 1
    best = {(0, 1): 0}
    heap = [(0, 0, 1)]
    while heap:
        t, room, mask = heapq.heappop(heap)
        if mask == full:
            return t
        if best.get((room, mask), INF) < t:
            continue
        for nxt, w in out[room]:
            state = (nxt, mask | 1 << nxt)
            if t + w < best.get(state, INF):
                best[state] = t + w
                heapq.heappush(heap, (t + w, *state))
    raise AssertionError("not every room is reachable")


def strongly_connected(n, corridors):
    """Every room reaches room 0 and room 0 reaches every room."""
    for forward in (True, False):
        seen, stack = {0}, [0]
        while stack:
            u = stack.pop()
            for a, b, _ in corridors:
                a, b = (a, b) if forward else (b, a)
                if a == u and b not in seen:
                    seen.add(b)
                    stack.append(b)
        if len(seen) != n:
            return False
    return True


def write(folder, name, n, corridors):
    assert 1 <= n <= MAX_N and strongly_connected(n, corridors)
    assert len({(u, v) for u, v, _ in corridors}) == len(corridors)
    assert all(0 <= u < n and 0 <= v < n and u != v and 1 <= w <= MAX_W for u, v, w in corridors)
    expected = answer(n, corridors)
    if n <= 10:
        assert expected == brute(n, corridors)
    with open(os.path.join(ROOT, folder, name + ".in"), "w") as f:
        f.write(json.dumps([n, corridors], separators=(",", ":")) + "\n")
    with open(os.path.join(ROOT, folder, name + ".ans"), "w") as f:
        f.write(json.dumps(expected) + "\n")


def random_graph(n, density, max_w, both_ways=0.0):
    """Random trees out of and into room 0 (so the museum is strongly connected), plus random extra corridors."""
    pairs = {}
    for into_zero in (False, True):
        order = list(range(1, n))
        random.shuffle(order)
        placed = [0]
        for room in order:
            parent = random.choice(placed)
            pairs[(room, parent) if into_zero else (parent, room)] = random.randint(1, max_w)
            placed.append(room)
    for u in range(n):
        for v in range(n):
            if u != v and (u, v) not in pairs and random.random() < density:
                pairs[(u, v)] = random.randint(1, max_w)
    for (u, v), w in list(pairs.items()):
        if random.random() < both_ways and (v, u) not in pairs:
            pairs[(v, u)] = w
    corridors = [[u, v, w] for (u, v), w in pairs.items()]
    random.shuffle(corridors)
    return corridors


def main():
    for folder in ("sample", "secret"):
        path = os.path.join(ROOT, folder)
        os.makedirs(path, exist_ok=True)
        for name in os.listdir(path):
            os.remove(os.path.join(path, name))
    write("sample", "1", 3, [[0, 1, 5], [1, 2, 5], [0, 2, 3], [2, 1, 1], [1, 0, 4]])
    write("sample", "2", 4, [[0, 1, 2], [1, 0, 2], [0, 2, 7], [2, 0, 9], [0, 3, 1], [3, 0, 1]])
    write("sample", "3", 1, [])
    for _ in range(200):
        n = random.randint(1, 7)
        c = random_graph(n, random.random(), 20, random.random())
        assert strongly_connected(n, c) and answer(n, c) == brute(n, c)
    write("secret", "01-two-rooms", 2, [[0, 1, MAX_W], [1, 0, 1]])
    write("secret", "02-one-way-chain", 15, [[i, i + 1, 1000 + i] for i in range(14)] + [[14, 0, 1]])
    # a star: every room is a dead end except through the guard room
    write("secret", "03-star-both-ways", 15, [[0, i, i * 10] for i in range(1, 15)] + [[i, 0, i * 10] for i in range(1, 15)])
    write("secret", "04-cycle-one-way", 12, [[i, (i + 1) % 12, 5] for i in range(12)] + [[0, 11, 1]])
    write("secret", "05-small-dense", 8, random_graph(8, 0.9, 50))
    write("secret", "06-small-sparse", 10, random_graph(10, 0.1, 100, 0.5))
    write("secret", "07-heavy-weights", 10, random_graph(10, 0.5, MAX_W))
    # nearest-room greedy walks into a trap: cheap first steps, a very expensive last one
    trap = [[0, 1, 1], [1, 2, 1], [2, 3, 1], [0, 3, 2], [3, 2, 2], [2, 1, 2], [3, 0, 100], [2, 0, 100], [1, 0, 100]]
    trap += [[0, 4, 3], [4, 0, 3], [1, 4, 1000], [3, 4, 500]]
    write("secret", "08-greedy-trap", 5, trap)
    write("secret", "09-complete-symmetric", 15, random_graph(15, 1.0, 1000))
    write("secret", "10-max-dense", 15, random_graph(15, 0.7, MAX_W))
    write("secret", "11-max-sparse-two-way", 15, random_graph(15, 0.05, 10**4, 1.0))
    write("secret", "12-max-sparse-one-way", 15, random_graph(15, 0.15, 10**5))
    write("secret", "13-max-equal-weights", 15, [[u, v, 7] for u in range(15) for v in range(15) if u != v and (u * v) % 3 != 1])
    write("secret", "14-max-random", 15, random_graph(15, 0.4, 300, 0.3))


main()
