#!/usr/bin/env python3
"""Writes data/ of family-tree-queries: `python3 generators/generate.py`.

Deterministic (fixed seed). Tests are JSON: .in the argument array [tree, queries], .ans the
answers. The answers come from binary lifting, cross-checked on small trees by marking all
ancestors of p and climbing from q.
"""
import json
import os
import random
from collections import deque

random.seed(20261204)
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")
LIMIT = 10**9
MAX_N = 3 * 10**4
MAX_Q = 3 * 10**4


class Tree:
    """Nodes 0..n-1, node 0 the root; left/right hold a child index or -1."""

    def __init__(self):
        self.val, self.left, self.right, self.parent = [], [], [], []

    def add(self, value, parent=-1, side=None):
        index = len(self.val)
        self.val.append(value)
        self.left.append(-1)
        self.right.append(-1)
        self.parent.append(parent)
        if parent >= 0:
            children = self.left if side == "L" else self.right
            assert children[parent] == -1
            children[parent] = index
        return index

    def free_slots(self, node):
        return [s for s, c in (("L", self.left), ("R", self.right)) if c[node] == -1]

    def level_order(self):
        if not self.val:
            return []
        out, queue = [], deque([0])
        while queue:
            node = queue.popleft()
            if node == -1:
                out.append(None)
                continue
            out.append(self.val[node])
            queue.append(self.left[node])
            queue.append(self.right[node])
        while out and out[-1] is None:
            out.pop()
        return out

    def height(self):
        depth = [0] * len(self.val)
        for node in range(1, len(self.val)):
            depth[node] = depth[self.parent[node]] + 1
        return max(depth, default=-1) + 1


def random_tree(n, value, tree=None, below=-1):
    """Adds n nodes, each hung on a random free slot of a node added before (under `below`)."""
    tree = tree or Tree()
    open_nodes = []
    for _ in range(n):
        if not tree.val:
            node = tree.add(value())
        elif not open_nodes:
            node = tree.add(value(), below, random.choice(tree.free_slots(below)))
        else:
            i = random.randrange(len(open_nodes))
            parent = open_nodes[i]
            slots = tree.free_slots(parent)
            node = tree.add(value(), parent, random.choice(slots))
            if len(slots) == 1:
                open_nodes[i] = open_nodes[-1]
                open_nodes.pop()
        open_nodes.append(node)
    return tree


def spine_then_bush(spine, bush, value):
    """A path of `spine` nodes zigzagging down, then a random bush of `bush` nodes below it."""
    tree = Tree()
    node = tree.add(value())
    for i in range(spine - 1):
        node = tree.add(value(), node, random.choice("LR"))
    return random_tree(bush, value, tree, node)


def from_level_order(values):
    tree = Tree()
    if not values:
        return tree
    tree.add(values[0])
    queue, at = deque([0]), 1
    while at < len(values):
        node = queue.popleft()
        for side in "LR":
            if at < len(values) and values[at] is not None:
                queue.append(tree.add(values[at], node, side))
            at += 1
    return tree


def depths(tree):
    depth = [0] * len(tree.val)
    for node in range(1, len(tree.val)):  # a parent is always added before its children
        depth[node] = depth[tree.parent[node]] + 1
    return depth


def lifting(tree, queries):
    n = len(tree.val)
    depth = depths(tree)
    index = {v: i for i, v in enumerate(tree.val)}
    up = [[p if p >= 0 else i for i, p in enumerate(tree.parent)]]
    while (1 << len(up)) < n:
        prev = up[-1]
        up.append([prev[prev[v]] for v in range(n)])
    out = []
    for p, q in queries:
        a, b = index[p], index[q]
        if depth[a] < depth[b]:
            a, b = b, a
        diff = depth[a] - depth[b]
        for j in range(len(up)):
            if diff >> j & 1:
                a = up[j][a]
        if a != b:
            for j in range(len(up) - 1, -1, -1):
                if up[j][a] != up[j][b]:
                    a, b = up[j][a], up[j][b]
            a = up[0][a]
        out.append(tree.val[a])
    return out


def brute(tree, queries):
    index = {v: i for i, v in enumerate(tree.val)}
    out = []
    for p, q in queries:
        marked, walk = set(), index[p]
        while walk >= 0:
            marked.add(walk)
            walk = tree.parent[walk]
        walk = index[q]
        while walk not in marked:
            walk = tree.parent[walk]
        out.append(tree.val[walk])
    return out


def write(folder, name, tree, queries):
    n = len(tree.val)
    assert 1 <= n <= MAX_N and 1 <= len(queries) <= MAX_Q
    assert len(set(tree.val)) == n and all(1 <= v <= LIMIT for v in tree.val)
    values = set(tree.val)
    assert all(len(query) == 2 and query[0] in values and query[1] in values for query in queries)
    result = lifting(tree, queries)
    if n * len(queries) <= 10**6:
        assert result == brute(tree, queries), name
    path = os.path.join(ROOT, folder)
    os.makedirs(path, exist_ok=True)
    with open(os.path.join(path, name + ".in"), "w") as f:
        f.write(json.dumps([tree.level_order(), queries], separators=(",", ":")) + "\n")
    with open(os.path.join(path, name + ".ans"), "w") as f:
        f.write(json.dumps(result, separators=(",", ":")) + "\n")


def relabel(tree, high=None):
    """Distinct values: a shuffled 1..n, or a sample of 1..high."""
    n = len(tree.val)
    tree.val = random.sample(range(1, (high or n) + 1), n)
    return tree


def random_queries(tree, q):
    return [[random.choice(tree.val), random.choice(tree.val)] for _ in range(q)]


def two_branches(n, twigs):
    """A founder with two long branches; `twigs` short side twigs hang off random branch nodes."""
    tree = Tree()
    tree.add(0)
    for side in "LR":
        node = 0
        for _ in range((n - twigs - 1) // 2):
            node = tree.add(0, node, side if node == 0 else random.choice("LR"))
    while len(tree.val) < n:
        node = random.randrange(1, len(tree.val))
        slots = tree.free_slots(node)
        if slots:
            tree.add(0, node, random.choice(slots))
    return tree


def main():
    for folder in ("sample", "secret"):
        path = os.path.join(ROOT, folder)
        if os.path.isdir(path):
            for name in os.listdir(path):
                os.remove(os.path.join(path, name))
    sample = from_level_order([1, 2, 3, 4, 5, None, 6, None, None, 7, 8])
    write("sample", "1", sample, [[7, 8], [4, 8], [5, 8], [8, 6], [3, 3]])
    write("secret", "01-founder-only", from_level_order([LIMIT]), [[LIMIT, LIMIT]])
    write("secret", "02-two-people", from_level_order([5, None, 9]), [[5, 9], [9, 5], [9, 9]])
    write("secret", "03-ancestor-below", from_level_order([1, 2, None, 3, None, 4]), [[4, 2], [1, 4], [3, 4], [4, 3]])
    small = relabel(random_tree(12, lambda: 0), 100)
    write("secret", "04-all-pairs-small", small, [[a, b] for a in small.val for b in small.val])
    for i in range(5, 9):
        tree = relabel(random_tree(random.randint(2, 60), lambda: 0), LIMIT)
        write("secret", f"{i:02}-random-small", tree, random_queries(tree, 50))
    tree = relabel(spine_then_bush(1000, 1000, lambda: 0))
    write("secret", "09-path-then-bush", tree, random_queries(tree, 2000))
    tree = relabel(random_tree(10**4, lambda: 0), LIMIT)
    write("secret", "10-balanced-wide-values", tree, random_queries(tree, 10**4))
    tree = two_branches(MAX_N, 2000)
    relabel(tree)
    depth = depths(tree)
    side = [""] * MAX_N
    for node in range(1, MAX_N):
        parent = tree.parent[node]
        side[node] = side[parent] if parent else ("L" if tree.left[0] == node else "R")
    left = [tree.val[i] for i in range(MAX_N) if depth[i] > 10**4 and side[i] == "L"]
    right = [tree.val[i] for i in range(MAX_N) if depth[i] > 10**4 and side[i] == "R"]
    assert left and right
    queries = [[random.choice(left), random.choice(right)] for _ in range(MAX_Q - 2000)]
    queries += random_queries(tree, 2000)
    random.shuffle(queries)
    write("secret", "11-large-two-deep-branches", tree, queries)


main()
