#!/usr/bin/env python3
"""Writes data/ of storm-bridges: `python3 generators/generate.py`.

Deterministic (fixed seed). The answer comes from an iterative low-link search, cross-checked on
small inputs by removing each bridge and testing whether its ends stay connected.
"""
import os
import random

random.seed(20261213)
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")
MAX_N = 5 * 10**4
MAX_M = 5 * 10**4


def critical(n, bridges):
    adj = [[] for _ in range(n + 1)]
    for i, (u, v) in enumerate(bridges):
        adj[u].append((v, i))
        adj[v].append((u, i))
    num, low = [0] * (n + 1), [0] * (n + 1)
    counter, found = 0, []
    for start in range(1, n + 1):
        if num[start]:
            continue
        counter += 1
        num[start] = low[start] = counter
        stack = [(start, -1, 0)]
        while stack:
            v, via, at = stack[-1]
            if at < len(adj[v]):
                stack[-1] = (v, via, at + 1)
                w, i = adj[v][at]
                if i == via:
                    continue
                if num[w]:
                    low[v] = min(low[v], num[w])
                else:
                    counter += 1
                    num[w] = low[w] = counter
                    stack.append((w, i, 0))
                continue
            stack.pop()
            if stack:
                u = stack[-1][0]
                low[u] = min(low[u], low[v])
                if low[v] > num[u]:
                    found.append(via + 1)
    return sorted(found)


def brute(n, bridges):
    out = []
    for skip, (a, b) in enumerate(bridges):
        adj = [[] for _ in range(n + 1)]
        for i, (u, v) in enumerate(bridges):
            if i != skip:
                adj[u].append(v)
                adj[v].append(u)
        seen, stack = {a}, [a]
        while stack:
            for w in adj[stack.pop()]:
                if w not in seen:
                    seen.add(w)
                    stack.append(w)
        if b not in seen:
            out.append(skip + 1)
    return out


def write(folder, name, n, bridges):
    assert 1 <= n <= MAX_N and len(bridges) <= MAX_M
    assert all(1 <= u <= n and 1 <= v <= n and u != v for u, v in bridges)
    result = critical(n, bridges)
    if len(bridges) * (n + len(bridges)) <= 2 * 10**6:
        assert result == brute(n, bridges), name
    path = os.path.join(ROOT, folder)
    os.makedirs(path, exist_ok=True)
    with open(os.path.join(path, name + ".in"), "w") as f:
        f.write(f"{n} {len(bridges)}\n" + "".join(f"{u} {v}\n" for u, v in bridges))
    with open(os.path.join(path, name + ".ans"), "w") as f:
        f.write(f"{len(result)}\n" + (" ".join(map(str, result)) + "\n" if result else ""))


def relabel(n, bridges):
    names = list(range(1, n + 1))
    random.shuffle(names)
    bridges = [(names[u - 1], names[v - 1]) if random.random() < 0.5 else (names[v - 1], names[u - 1]) for u, v in bridges]
    random.shuffle(bridges)
    return bridges


def random_graph(n, m):
    bridges = [(random.randint(1, i - 1), i) for i in range(2, n + 1)]  # a random tree
    while len(bridges) < m:
        bridges.append(tuple(random.sample(range(1, n + 1), 2)))
    return relabel(n, bridges)


def rings_on_a_chain(rings, size):
    """Rings of `size` islands, consecutive rings joined by one bridge: a long chain of blocks."""
    bridges, n = [], rings * size
    for r in range(rings):
        base = r * size
        for i in range(size):
            bridges.append((base + i + 1, base + (i + 1) % size + 1))
        if r:
            bridges.append((base - size + random.randint(1, size), base + random.randint(1, size)))
    return n, relabel(n, bridges)


def main():
    for folder in ("sample", "secret"):
        path = os.path.join(ROOT, folder)
        if os.path.isdir(path):
            for name in os.listdir(path):
                os.remove(os.path.join(path, name))
    write("sample", "1", 6, [(1, 2), (2, 3), (3, 1), (3, 4), (4, 5), (5, 6), (6, 4)])
    write("sample", "2", 3, [(1, 2), (2, 1), (2, 3)])
    write("secret", "01-one-island", 1, [])
    write("secret", "02-one-bridge", 2, [(2, 1)])
    write("secret", "03-double-bridge", 2, [(1, 2), (2, 1)])
    write("secret", "04-no-bridges", 5, [])
    write("secret", "05-two-components", 7, [(1, 2), (2, 3), (3, 1), (4, 5), (6, 7), (7, 6)])
    write("secret", "06-star", 6, [(1, 2), (1, 3), (1, 4), (1, 5), (1, 6)])
    write("secret", "07-cycle", 5, [(1, 2), (2, 3), (3, 4), (4, 5), (5, 1)])
    for i in range(8, 13):
        n = random.randint(2, 12)
        write("secret", f"{i:02}-random-small", n, [tuple(random.sample(range(1, n + 1), 2)) for _ in range(random.randint(0, 14))])
    write("secret", "13-random-medium-tree-plus", 500, random_graph(500, 560))
    n = 3 * 10**4
    path = [(i, i + 1) for i in range(1, n)]
    doubled = random.sample(range(len(path)), 3000)
    write("secret", "14-large-path-some-doubled", n, relabel(n, path + [path[i][::-1] for i in doubled]))
    write("secret", "15-large-random-sparse", n, random_graph(n, n + 2000))
    rings, size = rings_on_a_chain(2500, 5)
    write("secret", "16-large-chain-of-rings", rings, size)


main()
