#!/usr/bin/env python3
"""Writes data/ of sensor-swing: `python3 generators/generate.py` from anywhere.

Deterministic (fixed seed). Answers come from two monotonic deques, cross-checked against
max/min of every window on small inputs.
"""
import json
import os
import random
from collections import deque

random.seed(20261208)
MAX_N = 5 * 10**4
LIMIT = 10**4
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")


def solve(readings, width):
    high, low = deque(), deque()
    swings = []
    for i, value in enumerate(readings):
        while high and readings[high[-1]] <= value:
            high.pop()
        while low and readings[low[-1]] >= value:
            low.pop()
        high.append(i)
        low.append(i)
        if high[0] <= i - width:
            high.popleft()
        if low[0] <= i - width:
            low.popleft()
        if i >= width - 1:
            swings.append(readings[high[0]] - readings[low[0]])
    return swings


def brute(readings, width):
    return [max(readings[i : i + width]) - min(readings[i : i + width]) for i in range(len(readings) - width + 1)]


def check():
    for _ in range(2000):
        n = random.randint(1, 15)
        readings = [random.randint(-5, 5) for _ in range(n)]
        width = random.randint(1, n)
        assert solve(readings, width) == brute(readings, width), (readings, width)


def write(folder, name, readings, width):
    assert 1 <= width <= len(readings) <= MAX_N and all(-LIMIT <= r <= LIMIT for r in readings)
    with open(os.path.join(ROOT, folder, name + ".in"), "w") as f:
        f.write(json.dumps([readings, width], separators=(",", ":")) + "\n")
    with open(os.path.join(ROOT, folder, name + ".ans"), "w") as f:
        f.write(json.dumps(solve(readings, width), separators=(",", ":")) + "\n")


def randoms(n, low=-LIMIT, high=LIMIT):
    return [random.randint(low, high) for _ in range(n)]


def main():
    check()
    for folder in ("sample", "secret"):
        os.makedirs(os.path.join(ROOT, folder), exist_ok=True)
        for name in os.listdir(os.path.join(ROOT, folder)):
            os.remove(os.path.join(ROOT, folder, name))
    write("sample", "1", [4, 2, 12, 11, -5], 3)
    write("sample", "2", [7, 7, 7], 1)
    write("secret", "01-one-reading", [LIMIT], 1)
    write("secret", "02-whole-array", [3, -LIMIT, 8, LIMIT, 0], 5)
    write("secret", "03-extreme-leaves", [LIMIT, 0, 0, 0, -LIMIT, 0, 0, 0], 3)
    write("secret", "04-small-random", randoms(300, -20, 20), 6)
    # a wide window: scanning each one from scratch is quadratic
    write("secret", "05-half-width", randoms(MAX_N), MAX_N // 2)
    write("secret", "06-falling", [LIMIT - (i // 3) for i in range(25_000)], 5_000)
    write("secret", "07-rising", [-LIMIT + (i // 2) for i in range(30_000)], 7_777)
    write("secret", "08-narrow", randoms(20_000, -50, 50), 2)
    wave = [round(LIMIT * 0.9 * ((i % 2000) - 1000) / 1000) + random.randint(-300, 300) for i in range(25_000)]
    write("secret", "09-sawtooth", wave, 1_500)


main()
