#!/usr/bin/env python3
"""Writes data/ of semester-planner: `python3 generators/generate.py`.

Deterministic (fixed seed). Tests are JSON: .in the argument array [n, prerequisites], .ans the
earliest semesters (or [] when there is a cycle). The answer comes from Kahn's algorithm,
cross-checked on small inputs by relaxing all edges n times.
"""
import json
import os
import random
from collections import deque

random.seed(20261208)
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")
MAX_N = 10**4
MAX_M = 3 * 10**4


def kahn(n, edges):
    out = [[] for _ in range(n)]
    indegree = [0] * n
    for a, b in edges:
        out[a].append(b)
        indegree[b] += 1
    sem = [1] * n
    queue = deque(v for v in range(n) if indegree[v] == 0)
    popped = 0
    while queue:
        a = queue.popleft()
        popped += 1
        for b in out[a]:
            sem[b] = max(sem[b], sem[a] + 1)
            indegree[b] -= 1
            if indegree[b] == 0:
                queue.append(b)
    return sem if popped == n else []


def relax(n, edges):
    sem = [1] * n
    for _ in range(n + 1):
        changed = False
        for a, b in edges:
            if sem[b] < sem[a] + 1:
                sem[b] = sem[a] + 1
                changed = True
        if not changed:
            return sem
    return []  # still rising after n passes: a cycle


def write(folder, name, n, edges):
    assert 1 <= n <= MAX_N and len(edges) <= MAX_M
    assert all(0 <= a < n and 0 <= b < n and a != b for a, b in edges)
    assert len({tuple(e) for e in edges}) == len(edges)
    result = kahn(n, edges)
    if n * len(edges) <= 10**6:
        assert result == relax(n, edges), name
    path = os.path.join(ROOT, folder)
    os.makedirs(path, exist_ok=True)
    with open(os.path.join(path, name + ".in"), "w") as f:
        f.write(json.dumps([n, edges], separators=(",", ":")) + "\n")
    with open(os.path.join(path, name + ".ans"), "w") as f:
        f.write(json.dumps(result, separators=(",", ":")) + "\n")


def random_dag(n, m, span=None):
    """m distinct edges going forward in a random hidden order; `span` limits how far they reach."""
    order = list(range(n))
    random.shuffle(order)
    edges = set()
    while len(edges) < m:
        i = random.randrange(n - 1)
        j = random.randint(i + 1, min(n - 1, i + span) if span else n - 1)
        edges.add((order[i], order[j]))
    edges = [list(e) for e in edges]
    random.shuffle(edges)
    return edges


def main():
    for folder in ("sample", "secret"):
        path = os.path.join(ROOT, folder)
        if os.path.isdir(path):
            for name in os.listdir(path):
                os.remove(os.path.join(path, name))
    write("sample", "1", 4, [[0, 1], [1, 3], [2, 3]])
    write("sample", "2", 3, [[0, 1], [1, 2], [2, 1]])
    write("sample", "3", 2, [])
    write("secret", "01-one-course", 1, [])
    write("secret", "02-two-cycle", 2, [[0, 1], [1, 0]])
    write("secret", "03-long-and-short-branch", 5, [[0, 1], [1, 2], [2, 4], [0, 3], [3, 4]])
    write("secret", "04-cycle-off-to-the-side", 6, [[0, 1], [1, 2], [3, 4], [4, 5], [5, 3]])
    write("secret", "05-reverse-chain", 6, [[5, 4], [4, 3], [3, 2], [2, 1], [1, 0]])
    write("secret", "06-behind-a-cycle", 4, [[0, 1], [1, 0], [1, 2], [3, 2]])
    for i in range(7, 11):
        n = random.randint(2, 12)
        write("secret", f"{i:02}-random-small-dag", n, random_dag(n, random.randint(0, n * (n - 1) // 4)))
    n = 10
    edges = random_dag(n, 15)
    edges.append([edges[0][1], edges[0][0]])
    write("secret", "11-small-with-cycle", n, edges)
    write("secret", "12-random-medium", 500, random_dag(500, 2000, 20))
    chain = list(range(MAX_N))
    random.shuffle(chain)
    edges = {(chain[i], chain[i + 1]) for i in range(MAX_N - 1)}
    while len(edges) < MAX_M:
        i = random.randrange(MAX_N - 1)
        edges.add((chain[i], chain[random.randint(i + 1, min(MAX_N - 1, i + 50))]))
    position = {v: i for i, v in enumerate(chain)}
    edges = sorted(edges, key=lambda e: -position[e[0]])
    write("secret", "13-large-chain-reverse-order", MAX_N, [list(e) for e in edges])
    write("secret", "14-large-random-dag", MAX_N, random_dag(MAX_N, MAX_M, 300))
    edges = random_dag(MAX_N, MAX_M - 1, 300)
    a, b = edges[-1]
    edges.append([b, a])
    write("secret", "15-large-one-back-edge", MAX_N, edges)


main()
