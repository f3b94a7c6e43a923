#!/usr/bin/env python3
"""Writes data/ of broken-stairs: run from anywhere, `python3 generators/generate.py`.

Deterministic (fixed seed). Answers by the bottom-up DP, cross-checked against an exhaustive
search over move sequences for small n.
"""
import os
import random

random.seed(20261204)
ROOT = os.path.join(os.path.dirname(__file__), "..", "data")
MOD = 10**9 + 7
MAX_N = 10**6


def answer(n, creaky):
    bad = set(creaky)
    w = [0] * (n + 1)
    w[0] = 1
    for i in range(1, n + 1):
        if i not in bad:
            w[i] = (w[i - 1] + (w[i - 2] if i >= 2 else 0) + (w[i - 3] if i >= 3 else 0)) % MOD
    return w[n]


def brute(n, creaky):
    bad = set(creaky)

    def ways(i):
        if i == n:
            return 1
        if i > n or i in bad:
            return 0
        return ways(i + 1) + ways(i + 2) + ways(i + 3)

    return ways(0) % MOD


def write(folder, name, n, creaky):
    creaky = sorted(creaky)
    assert 1 <= n <= MAX_N and len(set(creaky)) == len(creaky) < n
    assert all(1 <= c <= n - 1 for c in creaky)
    expected = answer(n, creaky)
    if n <= 22:
        assert expected == brute(n, creaky)
    with open(os.path.join(ROOT, folder, name + ".in"), "w") as f:
        f.write(f"{n} {len(creaky)}\n{' '.join(map(str, creaky))}\n")
    with open(os.path.join(ROOT, folder, name + ".ans"), "w") as f:
        f.write(f"{expected}\n")


def main():
    for folder in ("sample", "secret"):
        path = os.path.join(ROOT, folder)
        os.makedirs(path, exist_ok=True)
        for name in os.listdir(path):
            os.remove(os.path.join(path, name))
    write("sample", "1", 4, [2])
    write("sample", "2", 5, [])
    write("sample", "3", 6, [3, 4, 5])
    for _ in range(300):
        n = random.randint(1, 16)
        k = random.randint(0, n - 1)
        creaky = random.sample(range(1, n), k) if n > 1 else []
        assert answer(n, creaky) == brute(n, creaky)
    write("secret", "01-one-step", 1, [])
    write("secret", "02-two-steps", 2, [1])
    write("secret", "03-three-steps", 3, [])
    write("secret", "04-wall-at-top", 10, [7, 8, 9])
    write("secret", "05-every-other", 20, list(range(2, 20, 2)))
    write("secret", "06-just-past-int64", 80, [])
    write("secret", "07-medium-random", 5000, random.sample(range(1, 5000), 800))
    write("secret", "08-max-n-free", MAX_N, [])
    write("secret", "09-max-n-sparse", MAX_N, random.sample(range(1, MAX_N), 2000))
    # every third step creaks: still passable, a long path through the gaps
    write("secret", "10-large-pattern", 200_000, list(range(3, 200_000, 3)))
    write("secret", "11-large-dense-random", 300_000, random.sample(range(1, 300_000), 40_000))


main()
