#!/usr/bin/env python3
"""Writes data/ of rebuild-the-index: `python3 generators/generate.py`.

Deterministic (fixed seed). Tests are JSON: .in the argument array [preorder], .ans the tree in
level order (null for a missing child). A tree shape is built first, its nodes get increasing
keys in inorder (so it is a search tree), and the input is its preorder. The answer is checked
against rebuilding by inserting the keys one by one into an empty search tree.
"""
import json
import os
import random
from collections import deque

random.seed(20261203)
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")
LIMIT = 10**9
MAX_N = 4 * 10**4
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


def label_inorder(tree, keys):
    """Gives the nodes the sorted distinct `keys` in inorder, making the tree a search tree."""
    keys = iter(sorted(keys))
    stack, node = [], 0 if tree.val else -1
    while stack or node >= 0:
        while node >= 0:
            stack.append(node)
            node = tree.left[node]
        node = stack.pop()
        tree.val[node] = next(keys)
        node = tree.right[node]
    return tree


def preorder(tree):
    out, stack = [], [0] if tree.val else []
    while stack:
        node = stack.pop()
        out.append(tree.val[node])
        for child in (tree.right[node], tree.left[node]):
            if child >= 0:
                stack.append(child)
    return out


def insert_all(keys):
    """Rebuilds by inserting each key from the root: the slow but obviously right way."""
    tree = Tree()
    for key in keys:
        if not tree.val:
            tree.add(key)
            continue
        node = 0
        while True:
            side = "L" if key < tree.val[node] else "R"
            child = (tree.left if side == "L" else tree.right)[node]
            if child < 0:
                tree.add(key, node, side)
                break
            node = child
    return tree


def keys(n, low=-LIMIT, high=LIMIT):
    return random.sample(range(low, high + 1), n)


def write(folder, name, tree):
    n = len(tree.val)
    assert n <= MAX_N and tree.height() <= MAX_HEIGHT
    order = preorder(tree)
    assert len(set(order)) == n and all(-LIMIT <= v <= LIMIT for v in order)
    result = tree.level_order()
    if n <= 5000:
        assert insert_all(order).level_order() == result, name
    path = os.path.join(ROOT, folder)
    os.makedirs(path, exist_ok=True)
    with open(os.path.join(path, name + ".in"), "w") as f:
        f.write(json.dumps([order], separators=(",", ":")) + "\n")
    with open(os.path.join(path, name + ".ans"), "w") as f:
        f.write(json.dumps(result, separators=(",", ":")) + "\n")


def shaped(tree, low=-LIMIT, high=LIMIT):
    return label_inorder(tree, keys(len(tree.val), low, high))


def main():
    for folder in ("sample", "secret"):
        path = os.path.join(ROOT, folder)
        if os.path.isdir(path):
            for name in os.listdir(path):
                os.remove(os.path.join(path, name))
    write("sample", "1", insert_all([8, 5, 1, 7, 10, 12]))
    write("sample", "2", insert_all([1, 2, 3]))
    write("sample", "3", Tree())
    write("secret", "01-single", insert_all([LIMIT]))
    write("secret", "02-left-chain", insert_all([5, 4, 3, 2, 1]))
    write("secret", "03-extremes", insert_all([0, -LIMIT, LIMIT]))
    write("secret", "04-left-then-right", insert_all([10, 2, 3, 4, 11]))
    write("secret", "05-root-smallest", insert_all([-7, 3, 1, 2, 9, 8]))
    for i in range(6, 10):
        write("secret", f"{i:02}-random-small", insert_all(keys(random.randint(2, 30), -50, 50)))
    write("secret", "10-random-medium", insert_all(keys(3000)))
    write("secret", "11-zigzag-path", shaped(spine_then_bush(MAX_HEIGHT, 0, lambda: 0)))
    write("secret", "12-large-balanced", shaped(random_tree(10**4, lambda: 0), 0, 99999))
    write("secret", "13-large-deep", shaped(spine_then_bush(2950, MAX_N - 2950, lambda: 0), 0, 99999))
    left = Tree()
    node = left.add(0)
    for _ in range(999):
        node = left.add(0, node, "L")
    write("secret", "14-large-left-path-bush", shaped(random_tree(5000, lambda: 0, left, node), 0, 99999))


main()
