#!/usr/bin/env python3
"""Writes data/ of relay-blackout: `python3 generators/generate.py`.

Deterministic (fixed seed). Tests are JSON: .in the argument array [grid], .ans [minutes, dark].
The answer comes from a multi-source BFS, cross-checked on small grids by simulating minute by
minute.
"""
import json
import os
import random
from collections import deque

random.seed(20261207)
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")
MAX_SIDE = 300


def bfs(grid):
    rows, cols = len(grid), len(grid[0])
    dist = [[-1] * cols for _ in range(rows)]
    queue = deque()
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == 2:
                dist[r][c] = 0
                queue.append((r, c))
    minutes = 0
    while queue:
        y, x = queue.popleft()
        for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
            if 0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == 1 and dist[ny][nx] < 0:
                dist[ny][nx] = dist[y][x] + 1
                minutes = max(minutes, dist[ny][nx])
                queue.append((ny, nx))
    dark = sum(1 for r in range(rows) for c in range(cols) if grid[r][c] == 1 and dist[r][c] < 0)
    return [minutes, dark]


def simulate(grid):
    grid = [row[:] for row in grid]
    rows, cols = len(grid), len(grid[0])
    minute = 0
    while True:
        wake = [
            (r, c)
            for r in range(rows)
            for c in range(cols)
            if grid[r][c] == 1
            and any(
                0 <= r + dy < rows and 0 <= c + dx < cols and grid[r + dy][c + dx] == 2
                for dy, dx in ((1, 0), (-1, 0), (0, 1), (0, -1))
            )
        ]
        if not wake:
            return [minute, sum(row.count(1) for row in grid)]
        minute += 1
        for r, c in wake:
            grid[r][c] = 2


def write(folder, name, grid):
    assert 1 <= len(grid) <= MAX_SIDE and 1 <= len(grid[0]) <= MAX_SIDE
    assert all(len(row) == len(grid[0]) and set(row) <= {0, 1, 2} for row in grid)
    result = bfs(grid)
    if len(grid) * len(grid[0]) <= 2500:
        assert result == simulate(grid), name
    path = os.path.join(ROOT, folder)
    os.makedirs(path, exist_ok=True)
    with open(os.path.join(path, name + ".in"), "w") as f:
        f.write(json.dumps([grid], separators=(",", ":")) + "\n")
    with open(os.path.join(path, name + ".ans"), "w") as f:
        f.write(json.dumps(result, separators=(",", ":")) + "\n")


def noise(rows, cols, weights):
    return [random.choices((0, 1, 2), weights, k=cols) for _ in range(rows)]


def corridor(rows, cols):
    """A single winding corridor of relays with one transmitter at its start."""
    grid = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        if r % 2 == 0:
            grid[r] = [1] * cols
        else:
            grid[r][cols - 1 if r % 4 == 1 else 0] = 1
    grid[0][0] = 2
    return grid


def main():
    for folder in ("sample", "secret"):
        path = os.path.join(ROOT, folder)
        if os.path.isdir(path):
            for name in os.listdir(path):
                os.remove(os.path.join(path, name))
    write("sample", "1", [[2, 1, 1], [0, 1, 0], [1, 1, 2]])
    write("sample", "2", [[2, 1, 0, 1]])
    write("sample", "3", [[1, 1], [1, 0]])
    write("secret", "01-one-relay", [[1]])
    write("secret", "02-one-transmitter", [[2]])
    write("secret", "03-all-empty", [[0, 0], [0, 0]])
    write("secret", "04-diagonal-gap", [[2, 0], [0, 1]])
    write("secret", "05-two-fronts", [[2, 1, 1, 1, 1, 1, 2]])
    write("secret", "06-column", [[1], [1], [2], [1], [1], [1]])
    for i in range(7, 12):
        rows, cols = random.randint(1, 15), random.randint(1, 15)
        write("secret", f"{i:02}-random-small", noise(rows, cols, (2, 6, 1)))
    write("secret", "12-random-medium", noise(50, 50, (3, 20, 1)))
    write("secret", "13-large-corridor", corridor(MAX_SIDE, MAX_SIDE))
    write("secret", "14-large-many-transmitters", noise(MAX_SIDE, MAX_SIDE, (25, 74, 1)))
    grid = [[1] * MAX_SIDE for _ in range(MAX_SIDE)]
    grid[MAX_SIDE - 1][MAX_SIDE - 1] = 2
    write("secret", "15-large-corner", grid)


main()
