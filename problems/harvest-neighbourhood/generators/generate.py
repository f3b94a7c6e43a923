#!/usr/bin/env python3
"""Writes data/ of harvest-neighbourhood: `python3 generators/generate.py` from anywhere.

Deterministic (fixed seed). Answers come from 2-D prefix sums, cross-checked against summing
every neighbourhood plot by plot on small grids.
"""
import json
import os
import random

random.seed(20261209)
MAX_SIDE = 200
MAX_VALUE = 1000
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")


def solve(grid, radius):
    rows, cols = len(grid), len(grid[0])
    s = [[0] * (cols + 1) for _ in range(rows + 1)]
    for x in range(rows):
        for y in range(cols):
            s[x + 1][y + 1] = grid[x][y] + s[x][y + 1] + s[x + 1][y] - s[x][y]
    result = []
    for i in range(rows):
        a, b = max(0, i - radius), min(rows - 1, i + radius)
        row = []
        for j in range(cols):
            c, d = max(0, j - radius), min(cols - 1, j + radius)
            row.append(s[b + 1][d + 1] - s[a][d + 1] - s[b + 1][c] + s[a][c])
        result.append(row)
    return result


def brute(grid, radius):
    rows, cols = len(grid), len(grid[0])
    return [
        [
            sum(grid[x][y] for x in range(rows) for y in range(cols) if abs(x - i) <= radius and abs(y - j) <= radius)
            for j in range(cols)
        ]
        for i in range(rows)
    ]


def randoms(rows, cols, high=MAX_VALUE):
    return [[random.randint(0, high) for _ in range(cols)] for _ in range(rows)]


def check():
    for _ in range(500):
        grid = randoms(random.randint(1, 6), random.randint(1, 6), 9)
        radius = random.randint(0, 6)
        assert solve(grid, radius) == brute(grid, radius)


def write(folder, name, grid, radius):
    assert 1 <= len(grid) <= MAX_SIDE and 1 <= len(grid[0]) <= MAX_SIDE and 0 <= radius <= MAX_SIDE
    assert all(len(row) == len(grid[0]) and all(0 <= v <= MAX_VALUE for v in row) for row in grid)
    with open(os.path.join(ROOT, folder, name + ".in"), "w") as f:
        f.write(json.dumps([grid, radius], separators=(",", ":")) + "\n")
    with open(os.path.join(ROOT, folder, name + ".ans"), "w") as f:
        f.write(json.dumps(solve(grid, radius), separators=(",", ":")) + "\n")


def main():
    check()
    for folder in ("sample", "secret"):
        os.makedirs(os.path.join(ROOT, folder), exist_ok=True)
        for name in os.listdir(os.path.join(ROOT, folder)):
            os.remove(os.path.join(ROOT, folder, name))
    write("sample", "1", [[1, 2, 3], [4, 5, 6]], 1)
    write("sample", "2", [[7, 1]], 0)
    write("secret", "01-one-plot", [[MAX_VALUE]], MAX_SIDE)
    write("secret", "02-radius-zero", randoms(5, 7), 0)
    write("secret", "03-one-row", randoms(1, MAX_SIDE), 3)
    write("secret", "04-one-column", randoms(MAX_SIDE, 1), 17)
    write("secret", "05-wide-small", randoms(3, 11, 9), 2)
    write("secret", "06-tall-small", randoms(12, 4, 9), 1)
    write("secret", "07-radius-covers-all", randoms(20, 30), MAX_SIDE)
    # the naive sum adds up to 201 x 200 plots for each of 40000 cells
    write("secret", "08-large-square", randoms(MAX_SIDE, MAX_SIDE), 100)
    write("secret", "09-large-wide", randoms(90, MAX_SIDE, 9), 45)
    write("secret", "10-all-max", [[MAX_VALUE] * MAX_SIDE for _ in range(60)], MAX_SIDE)


main()
