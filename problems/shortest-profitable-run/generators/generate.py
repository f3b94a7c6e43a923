#!/usr/bin/env python3
"""Writes data/ of shortest-profitable-run: `python3 generators/generate.py` from anywhere.

Deterministic (fixed seed). Answers come from the monotonic deque over prefix sums,
cross-checked against every run on small inputs.
"""
import os
import random
from collections import deque

random.seed(20261213)
MAX_N = 10**5
LIMIT = 10**5
MAX_K = 10**10
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")


def solve(k, values):
    prefix = [0]
    for value in values:
        prefix.append(prefix[-1] + value)
    starts = deque()
    best = None
    for j, p in enumerate(prefix):
        while starts and p - prefix[starts[0]] >= k:
            i = starts.popleft()
            best = j - i if best is None else min(best, j - i)
        while starts and prefix[starts[-1]] >= p:
            starts.pop()
        starts.append(j)
    return -1 if best is None else best


def brute(k, values):
    n = len(values)
    best = -1
    for i in range(n):
        total = 0
        for j in range(i, n):
            total += values[j]
            if total >= k and (best == -1 or j - i + 1 < best):
                best = j - i + 1
    return best


def check():
    for _ in range(3000):
        values = [random.randint(-6, 6) for _ in range(random.randint(1, 12))]
        k = random.randint(1, 15)
        assert solve(k, values) == brute(k, values), (k, values)


def write(folder, name, k, values):
    assert 1 <= len(values) <= MAX_N and 1 <= k <= MAX_K and all(-LIMIT <= v <= LIMIT for v in values)
    with open(os.path.join(ROOT, folder, name + ".in"), "w") as f:
        f.write(f"{len(values)} {k}\n{' '.join(map(str, values))}\n")
    with open(os.path.join(ROOT, folder, name + ".ans"), "w") as f:
        f.write(f"{solve(k, values)}\n")


def randoms(n, low, high):
    return [random.randint(low, high) for _ in range(n)]


def main():
    check()
    for folder in ("sample", "secret"):
        os.makedirs(os.path.join(ROOT, folder), exist_ok=True)
        for name in os.listdir(os.path.join(ROOT, folder)):
            os.remove(os.path.join(ROOT, folder, name))
    write("sample", "1", 7, [2, -1, 4, -3, 5, 2])
    write("sample", "2", 4, [3, -5, 3])
    write("sample", "3", 6, [5, -10, 3, 3])
    write("secret", "01-one-day-enough", 5, [5])
    write("secret", "02-one-day-short", 6, [5])
    write("secret", "03-loss-in-the-middle", 10, [6, -100, 4, 6])
    # a two-pointer window shrinks past the loss and misses the best start
    write("secret", "04-window-trap", 8, [2, -7, 4, 1, 3, -2, 1])
    write("secret", "05-small-random", 300, randoms(500, -100, 120))
    write("secret", "06-all-losses", 1, randoms(20_000, -LIMIT, 0))
    # nothing is profitable enough: every start runs to the end in the naive search
    write("secret", "07-never-enough", MAX_K, randoms(30_000, -300, 300))
    # prefix sums pass 2^31: 10^5 days of 10^5
    write("secret", "08-overflow", 5 * 10**9, [LIMIT] * MAX_N)
    write("secret", "09-drift-up", 700_000, randoms(30_000, -1000, 1100))
    values = randoms(30_000, -500, 400)
    values[20_000:20_005] = [LIMIT] * 5
    write("secret", "10-planted-spike", 450_000, values)


main()
