#!/usr/bin/env python3
"""Writes data/ of largest-lake: `python3 generators/generate.py`.

Deterministic (fixed seed). Tests are JSON: .in the argument array [grid], .ans the size of the
largest lake. The answer comes from union-find over side-neighbours, cross-checked by a
breadth-first search.
"""
import json
import os
import random
from collections import deque

random.seed(20261206)
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")
MAX_SIDE = 300


def union_find(grid):
    rows, cols = len(grid), len(grid[0])
    link = list(range(rows * cols))

    def find(v):
        while link[v] != v:
            link[v] = link[link[v]]
            v = link[v]
        return v

    for r in range(rows):
        for c in range(cols):
            if grid[r][c]:
                if r + 1 < rows and grid[r + 1][c]:
                    link[find(r * cols + c)] = find((r + 1) * cols + c)
                if c + 1 < cols and grid[r][c + 1]:
                    link[find(r * cols + c)] = find(r * cols + c + 1)
    sizes = {}
    for r in range(rows):
        for c in range(cols):
            if grid[r][c]:
                root = find(r * cols + c)
                sizes[root] = sizes.get(root, 0) + 1
    return max(sizes.values(), default=0)


def bfs(grid):
    rows, cols = len(grid), len(grid[0])
    seen, best = set(), 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] and (r, c) not in seen:
                seen.add((r, c))
                queue, size = deque([(r, c)]), 0
                while queue:
                    y, x = queue.popleft()
                    size += 1
                    for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                        if 0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] and (ny, nx) not in seen:
                            seen.add((ny, nx))
                            queue.append((ny, nx))
                best = max(best, size)
    return best


def write(folder, name, grid):
    assert 1 <= len(grid) <= MAX_SIDE and 1 <= len(grid[0]) <= MAX_SIDE
    assert all(len(row) == len(grid[0]) and set(row) <= {0, 1} for row in grid)
    result = union_find(grid)
    assert result == bfs(grid), name
    path = os.path.join(ROOT, folder)
    os.makedirs(path, exist_ok=True)
    with open(os.path.join(path, name + ".in"), "w") as f:
        f.write(json.dumps([grid], separators=(",", ":")) + "\n")
    with open(os.path.join(path, name + ".ans"), "w") as f:
        f.write(json.dumps(result) + "\n")


def noise(rows, cols, water):
    return [[1 if random.random() < water else 0 for _ in range(cols)] for _ in range(rows)]


def snake(rows, cols):
    """One lake winding through the whole grid: full water rows joined at alternating ends."""
    grid = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        if r % 2 == 0:
            grid[r] = [1] * cols
        else:
            grid[r][cols - 1 if r % 4 == 1 else 0] = 1
    return grid


def checkerboard(rows, cols):
    return [[(r + c) % 2 for c in range(cols)] for r in range(rows)]


def main():
    for folder in ("sample", "secret"):
        path = os.path.join(ROOT, folder)
        if os.path.isdir(path):
            for name in os.listdir(path):
                os.remove(os.path.join(path, name))
    write("sample", "1", [[1, 1, 0, 0], [0, 1, 0, 1], [1, 0, 0, 1], [1, 0, 1, 1]])
    write("sample", "2", [[0, 0], [0, 0]])
    write("secret", "01-one-land", [[0]])
    write("secret", "02-one-water", [[1]])
    write("secret", "03-single-row", [[1, 1, 0, 1, 1, 1, 0, 1]])
    write("secret", "04-single-column", [[1], [0], [1], [1]])
    write("secret", "05-diagonal-touch", [[1, 0, 0], [0, 1, 0], [0, 0, 1]])
    write("secret", "06-ring-with-island", [[1, 1, 1], [1, 0, 1], [1, 1, 1]])
    write("secret", "07-checkerboard", checkerboard(50, 50))
    for i in range(8, 12):
        write("secret", f"{i:02}-random-small", noise(random.randint(1, 12), random.randint(1, 12), random.random()))
    write("secret", "12-random-sparse", noise(MAX_SIDE, MAX_SIDE, 0.45))
    write("secret", "13-random-dense", noise(MAX_SIDE, MAX_SIDE, 0.62))
    write("secret", "14-all-water", [[1] * MAX_SIDE for _ in range(MAX_SIDE)])
    write("secret", "15-snake", snake(MAX_SIDE, MAX_SIDE))
    write("secret", "16-wide-strip", noise(3, MAX_SIDE, 0.8))


main()
