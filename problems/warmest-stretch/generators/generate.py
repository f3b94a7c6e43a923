#!/usr/bin/env python3
"""Writes data/ of warmest-stretch: `python3 generators/generate.py` from anywhere.

Deterministic (fixed seed). Answers come from a sliding-window sum, cross-checked against
summing every window on small arrays.
"""
import json
import os
import random

random.seed(20261201)
MAX_N = 5 * 10**4
LIMIT = 10**5
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")


def best_sum(readings, days):
    window = sum(readings[:days])
    best = window
    for i in range(days, len(readings)):
        window += readings[i] - readings[i - days]
        best = max(best, window)
    return best


def brute(readings, days):
    return max(sum(readings[i : i + days]) for i in range(len(readings) - days + 1))


def check():
    for _ in range(2000):
        n = random.randint(1, 12)
        readings = [random.randint(-20, 20) for _ in range(n)]
        days = random.randint(1, n)
        assert best_sum(readings, days) == brute(readings, days)


def write(folder, name, readings, days):
    assert 1 <= days <= len(readings) <= MAX_N and all(-LIMIT <= r <= LIMIT for r in readings)
    with open(os.path.join(ROOT, folder, name + ".in"), "w") as f:
        f.write(json.dumps([readings, days], separators=(",", ":")) + "\n")
    with open(os.path.join(ROOT, folder, name + ".ans"), "w") as f:
        f.write(repr(best_sum(readings, days) / days) + "\n")


def randoms(n, low=-LIMIT, high=LIMIT):
    return [random.randint(low, high) for _ in range(n)]


def main():
    check()
    for folder in ("sample", "secret"):
        os.makedirs(os.path.join(ROOT, folder), exist_ok=True)
        for name in os.listdir(os.path.join(ROOT, folder)):
            os.remove(os.path.join(ROOT, folder, name))
    write("sample", "1", [1200, 1500, 900, 2000, 1800], 2)
    write("sample", "2", [-500, 300, 100, -200], 3)
    write("sample", "3", [7], 1)
    write("secret", "01-whole-array", [3, -1, 4, 1, -5, 9], 6)
    write("secret", "02-all-negative", [-9, -3, -7, -3, -8], 2)
    write("secret", "03-best-at-end", [0, 0, 0, 0, 1, 2], 2)
    write("secret", "04-fraction", [1, 0, 0, 1, 1, 0, 1], 3)
    write("secret", "05-small-random", randoms(50, -100, 100), 7)
    # the sum reaches 4 * 10^9: beyond 32 bits
    write("secret", "06-max-sum-overflow", [LIMIT] * 40_000, 40_000)
    write("secret", "07-min-values", [-LIMIT] * 10_000, 1_234)
    write("secret", "08-half-window", randoms(MAX_N), MAX_N // 2)
    readings = randoms(MAX_N, -LIMIT, LIMIT // 2)
    start = random.randint(0, MAX_N - 20_000)
    readings[start : start + 15_000] = randoms(15_000, 0, LIMIT)
    write("secret", "09-planted-warm-spell", readings, 15_001)
    write("secret", "10-window-of-one", randoms(20_000), 1)


main()
