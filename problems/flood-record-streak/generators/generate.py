#!/usr/bin/env python3
"""Writes data/ of flood-record-streak: `python3 generators/generate.py` from anywhere.

Deterministic (fixed seed). Answers come from a monotonic stack, cross-checked against walking
back from every day on small inputs.
"""
import json
import os
import random

random.seed(20261205)
MAX_N = 5 * 10**4
MAX_LEVEL = 10**9
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")


def solve(levels):
    stack = []
    streaks = []
    for i, level in enumerate(levels):
        while stack and levels[stack[-1]] <= level:
            stack.pop()
        streaks.append(i - stack[-1] if stack else i + 1)
        stack.append(i)
    return streaks


def brute(levels):
    streaks = []
    for i, level in enumerate(levels):
        j = i
        while j > 0 and levels[j - 1] <= level:
            j -= 1
        streaks.append(i - j + 1)
    return streaks


def check():
    for _ in range(2000):
        levels = [random.randint(0, 5) for _ in range(random.randint(1, 15))]
        assert solve(levels) == brute(levels), levels


def write(folder, name, levels):
    assert 1 <= len(levels) <= MAX_N and all(0 <= v <= MAX_LEVEL for v in levels)
    with open(os.path.join(ROOT, folder, name + ".in"), "w") as f:
        f.write(json.dumps([levels], separators=(",", ":")) + "\n")
    with open(os.path.join(ROOT, folder, name + ".ans"), "w") as f:
        f.write(json.dumps(solve(levels), separators=(",", ":")) + "\n")


def main():
    check()
    for folder in ("sample", "secret"):
        os.makedirs(os.path.join(ROOT, folder), exist_ok=True)
        for name in os.listdir(os.path.join(ROOT, folder)):
            os.remove(os.path.join(ROOT, folder, name))
    write("sample", "1", [30, 10, 20, 20, 50, 40])
    write("sample", "2", [5, 5, 5])
    write("secret", "01-one-day", [MAX_LEVEL])
    write("secret", "02-falling", [9, 7, 7, 4, 0])
    write("secret", "03-equal-runs", [3, 3, 1, 3, 3, 2, 2, 3])
    write("secret", "04-zigzag", [i % 2 * 10 + i for i in range(40)])
    write("secret", "05-small-random", [random.randint(0, 20) for _ in range(500)])
    # a rising river: every day looks back over all the previous ones
    write("secret", "06-rising", list(range(1, 40_001)))
    write("secret", "07-constant", [7] * 40_000)
    write("secret", "08-random-large", [random.randint(0, MAX_LEVEL) for _ in range(20_000)])
    # a slow rise with noise: long streaks, many pops
    write("secret", "09-noisy-rise", [i * 3 + random.randint(0, 50) for i in range(30_000)])
    write("secret", "10-few-levels", [random.randint(0, 3) for _ in range(25_000)])


main()
