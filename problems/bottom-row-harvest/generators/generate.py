#!/usr/bin/env python3
"""Writes data/ of bottom-row-harvest: `python3 generators/generate.py`.

Deterministic (fixed seed). Tests are JSON: .in the argument array [tree in level order], .ans
the sum on the deepest level. The answer comes from node depths computed along parent links,
cross-checked by a breadth-first walk over the level-order array itself.
"""
import json
import os
import random
from collections import deque

random.seed(20261205)
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


def answer(tree):
    if not tree.val:
        return 0
    depth = [0] * len(tree.val)
    for node in range(1, len(tree.val)):
        depth[node] = depth[tree.parent[node]] + 1
    deepest = max(depth)
    return sum(v for v, d in zip(tree.val, depth) if d == deepest)


def by_levels(values):
    """Level-by-level sums straight from the level-order array, as a second opinion."""
    if not values:
        return 0
    level, at, total = [values[0]], 1, values[0]
    while level:
        total = sum(level)
        nxt = []
        for _ in level:
            for _ in range(2):
                if at < len(values) and values[at] is not None:
                    nxt.append(values[at])
                at += 1
        level = nxt
    return total


def write(folder, name, tree):
    assert len(tree.val) <= MAX_N and tree.height() <= MAX_HEIGHT
    assert all(0 <= v <= LIMIT for v in tree.val)
    result = answer(tree)
    values = tree.level_order()
    assert result == by_levels(values), name
    path = os.path.join(ROOT, folder)
    os.makedirs(path, exist_ok=True)
    with open(os.path.join(path, name + ".in"), "w") as f:
        f.write(json.dumps([values], separators=(",", ":")) + "\n")
    with open(os.path.join(path, name + ".ans"), "w") as f:
        f.write(json.dumps(result) + "\n")


def perfect(levels, value):
    return from_level_order([value() for _ in range(2**levels - 1)])


def bush_then_path(bush, path, value):
    """A random bush of `bush` nodes with a zigzag path of `path` nodes hanging from one leaf."""
    tree = random_tree(bush, value)
    depth = [0] * bush
    for node in range(1, bush):
        depth[node] = depth[tree.parent[node]] + 1
    node = max(range(bush), key=lambda i: (depth[i], i))
    for _ in range(path):
        node = tree.add(value(), node, random.choice(tree.free_slots(node)))
    return tree


def main():
    for folder in ("sample", "secret"):
        path = os.path.join(ROOT, folder)
        if os.path.isdir(path):
            for name in os.listdir(path):
                os.remove(os.path.join(path, name))
    write("sample", "1", from_level_order([1, 2, 3, 4, None, 5, 6, None, None, 7]))
    write("sample", "2", from_level_order([5, 10, 20]))
    write("sample", "3", Tree())
    write("secret", "01-trunk-only", from_level_order([LIMIT]))
    write("secret", "02-zero-fruit", from_level_order([0, 0, 0]))
    write("secret", "03-left-chain", from_level_order([1, 2, None, 3, None, 4]))
    write("secret", "04-deep-leaf-on-right", from_level_order([1, 2, 3, 4, 5, None, 6, None, None, None, None, None, 9]))
    write("secret", "05-two-deepest-far-apart", from_level_order([1, 2, 3, 4, None, None, 5, 6, None, None, 7]))
    for i in range(6, 10):
        write("secret", f"{i:02}-random-small", random_tree(random.randint(1, 40), lambda: random.randint(0, 100)))
    write("secret", "10-random-medium", random_tree(3000, lambda: random.randint(0, LIMIT)))
    write("secret", "11-perfect-heavy", perfect(14, lambda: LIMIT))
    write("secret", "12-perfect-mixed", perfect(13, lambda: random.randint(LIMIT - 1000, LIMIT)))
    write("secret", "13-zigzag-path", spine_then_bush(MAX_HEIGHT, 0, lambda: random.randint(0, 999)))
    write("secret", "14-large-deep-bush", spine_then_bush(2900, 10**4, lambda: random.randint(0, 999)))
    write("secret", "16-large-bush-then-path", bush_then_path(MAX_N - 2950, 2950, lambda: random.randint(0, 999)))
    write("secret", "15-large-balanced", random_tree(2 * 10**4, lambda: random.randint(0, 999)))


main()
