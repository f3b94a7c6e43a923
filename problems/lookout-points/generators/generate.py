#!/usr/bin/env python3
"""Writes data/ of lookout-points: `python3 generators/generate.py`.

Deterministic (fixed seed). Tests are JSON: .in the argument array [tree in level order], .ans
the count. Trees are built as index arrays, then written in level order with null for a missing
child. The answer comes from an iterative DFS carrying the path maximum, cross-checked on small
trees by comparing every node with all its ancestors.
"""
import json
import os
import random
from collections import deque

random.seed(20261202)
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")
LIMIT = 10**9
MAX_N = 5 * 10**4
MAX_HEIGHT = 3000


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


def answer(tree):
    if not tree.val:
        return 0
    count, stack = 0, [(0, -(10**18))]
    while stack:
        node, best = stack.pop()
        if tree.val[node] > best:
            count += 1
        best = max(best, tree.val[node])
        for child in (tree.left[node], tree.right[node]):
            if child >= 0:
                stack.append((child, best))
    return count


def brute(tree):
    count = 0
    for node in range(len(tree.val)):
        walk, ok = tree.parent[node], True
        while walk >= 0:
            ok = ok and tree.val[walk] < tree.val[node]
            walk = tree.parent[walk]
        count += ok
    return count


def write(folder, name, tree):
    assert len(tree.val) <= MAX_N and tree.height() <= MAX_HEIGHT
    assert all(-LIMIT <= v <= LIMIT for v in tree.val)
    result = answer(tree)
    if len(tree.val) <= 3000:
        assert result == brute(tree), name
    path = os.path.join(ROOT, folder)
    os.makedirs(path, exist_ok=True)
    with open(os.path.join(path, name + ".in"), "w") as f:
        f.write(json.dumps([tree.level_order()], separators=(",", ":")) + "\n")
    with open(os.path.join(path, name + ".ans"), "w") as f:
        f.write(json.dumps(result) + "\n")


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


def main():
    for folder in ("sample", "secret"):
        path = os.path.join(ROOT, folder)
        if os.path.isdir(path):
            for name in os.listdir(path):
                os.remove(os.path.join(path, name))
    write("sample", "1", from_level_order([3, 1, 4, 3, None, 1, 5]))
    write("sample", "2", from_level_order([2, None, 2, None, 2]))
    write("sample", "3", Tree())
    write("secret", "01-root-only", from_level_order([-LIMIT]))
    write("secret", "02-increasing-chain", from_level_order([1, 2, None, 3, None, 4]))
    write("secret", "03-decreasing-chain", from_level_order([4, None, 3, None, 2, None, 1]))
    write("secret", "04-ties-with-root", from_level_order([5, 5, 6, 4, 5, 6, 7]))
    write("secret", "05-extremes", from_level_order([-LIMIT, LIMIT, -LIMIT + 1, LIMIT, None, LIMIT]))
    write("secret", "06-dip-then-rise", from_level_order([10, 1, None, 9, None, 11, None, 10]))
    for i in range(7, 11):
        write("secret", f"{i:02}-random-small", random_tree(random.randint(1, 30), lambda: random.randint(-5, 5)))
    write("secret", "11-random-medium", random_tree(3000, lambda: random.randint(-1000, 1000)))
    write("secret", "12-zigzag-chain-rising", spine_then_bush(2999, 0, lambda: random.randint(0, 99)))
    counter = iter(range(10**6))
    write("secret", "13-strictly-rising-path", spine_then_bush(3000, 0, lambda: next(counter)))
    write("secret", "14-balanced", random_tree(2 * 10**4, lambda: random.randint(0, 9999)))
    write("secret", "15-large-deep-bush", spine_then_bush(2900, MAX_N - 2900, lambda: random.randint(0, 9999)))
    counter = iter(range(10**6))
    write("secret", "16-large-deep-rising", spine_then_bush(2900, MAX_N - 2900, lambda: next(counter) // 7))


main()
