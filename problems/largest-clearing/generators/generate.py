#!/usr/bin/env python3
"""Writes data/ of largest-clearing: `python3 generators/generate.py` from anywhere.

Deterministic (fixed seed). Answers come from row histograms and a monotonic stack,
cross-checked against every rectangle on small fields.
"""
import json
import os
import random

random.seed(20261212)
MAX_SIDE = 400
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")


def solve(forest):
    cols = len(forest[0])
    heights = [0] * (cols + 1)  # the extra bar of height 0 flushes the stack
    best = 0
    for row in forest:
        for j, cell in enumerate(row):
            heights[j] = heights[j] + 1 if cell == "." else 0
        stack = []  # columns with increasing heights
        for j, height in enumerate(heights):
            while stack and heights[stack[-1]] >= height:
                top = heights[stack.pop()]
                left = stack[-1] + 1 if stack else 0
                best = max(best, top * (j - left))
            stack.append(j)
    return best


def brute(forest):
    rows, cols = len(forest), len(forest[0])
    best = 0
    for top in range(rows):
        for bottom in range(top, rows):
            for left in range(cols):
                for right in range(left, cols):
                    if all(forest[i][j] == "." for i in range(top, bottom + 1) for j in range(left, right + 1)):
                        best = max(best, (bottom - top + 1) * (right - left + 1))
    return best


def field(rows, cols, tree_share):
    return ["".join("#" if random.random() < tree_share else "." for _ in range(cols)) for _ in range(rows)]


def check():
    for _ in range(400):
        forest = field(random.randint(1, 5), random.randint(1, 5), random.choice([0.1, 0.3, 0.6]))
        assert solve(forest) == brute(forest), forest


def write(folder, name, forest):
    assert 1 <= len(forest) <= MAX_SIDE and 1 <= len(forest[0]) <= MAX_SIDE
    assert all(len(row) == len(forest[0]) and set(row) <= {".", "#"} for row in forest)
    with open(os.path.join(ROOT, folder, name + ".in"), "w") as f:
        f.write(json.dumps([forest], separators=(",", ":")) + "\n")
    with open(os.path.join(ROOT, folder, name + ".ans"), "w") as f:
        f.write(f"{solve(forest)}\n")


def plant(forest, top, left, height, width):
    rows = [list(row) for row in forest]
    for i in range(top, top + height):
        for j in range(left, left + width):
            rows[i][j] = "."
    return ["".join(row) for row in rows]


def main():
    check()
    for folder in ("sample", "secret"):
        os.makedirs(os.path.join(ROOT, folder), exist_ok=True)
        for name in os.listdir(os.path.join(ROOT, folder)):
            os.remove(os.path.join(ROOT, folder, name))
    write("sample", "1", ["#..#.", "....#", "...##", "#.#.."])
    write("sample", "2", ["##", "##"])
    write("secret", "01-one-open-cell", ["."])
    write("secret", "02-one-tree", ["#"])
    write("secret", "03-one-row", ["..#....#...."])
    write("secret", "04-one-column", [".", ".", "#", ".", ".", "."])
    write("secret", "05-right-edge", ["#...", "#...", "##.."])
    write("secret", "06-small-random", field(12, 15, 0.25))
    # open everywhere: the histogram never falls, only the final flush finds the answer
    write("secret", "07-all-open", ["." * MAX_SIDE] * MAX_SIDE)
    write("secret", "08-sparse-trees", field(MAX_SIDE, MAX_SIDE, 0.002))
    write("secret", "09-dense-trees", field(MAX_SIDE, MAX_SIDE, 0.3))
    write("secret", "10-planted-clearing", plant(field(300, MAX_SIDE, 0.15), 40, 170, 120, 230))
    write("secret", "11-staircase", ["." * (i + 1) + "#" * (MAX_SIDE - i - 1) for i in range(MAX_SIDE)])


main()
