#!/usr/bin/env python3
"""Writes data/ of domino-tilings: run from anywhere, `python3 generators/generate.py`.

Deterministic (fixed seed). T(n) = F(n + 1) (Fibonacci, F(1) = F(2) = 1), computed here by fast
doubling; small n are checked against the recurrence directly.
"""
import os
import random

random.seed(20250311)
MAX_N = 10**18
MAX_M = 10**9
ROOT = os.path.join(os.path.dirname(__file__), "..", "data")


def fib_pair(n, m):
    """(F(n) mod m, F(n + 1) mod m)."""
    if n == 0:
        return 0, 1 % m
    a, b = fib_pair(n // 2, m)
    c = a * ((2 * b - a) % m) % m
    d = (a * a + b * b) % m
    return (d, (c + d) % m) if n % 2 else (c, d)


def tilings(n, m):
    return fib_pair(n + 1, m)[0]


def check():
    slow = [1, 1]
    for n in range(2, 200):
        slow.append(slow[-1] + slow[-2])
    for n in range(1, 200):
        assert tilings(n, 10**30) == slow[n] % 10**30, n


def write(folder, name, queries):
    with open(os.path.join(ROOT, folder, name + ".in"), "w") as f:
        f.write(f"{len(queries)}\n" + "".join(f"{n} {m}\n" for n, m in queries))
    with open(os.path.join(ROOT, folder, name + ".ans"), "w") as f:
        f.write("".join(f"{tilings(n, m)}\n" for n, m in queries))


def main():
    check()
    for folder in ("sample", "secret"):
        os.makedirs(os.path.join(ROOT, folder), exist_ok=True)
        for name in os.listdir(os.path.join(ROOT, folder)):
            os.remove(os.path.join(ROOT, folder, name))
    write("sample", "1", [(1, 1000), (3, 1000), (4, 3), (10, MAX_M)])
    write("sample", "2", [(MAX_N, MAX_M)])
    write("secret", "01-first-values", [(n, MAX_M) for n in range(1, 45)])
    write("secret", "02-small-moduli", [(n, m) for n in range(1, 40) for m in (2, 3, 7)])
    write("secret", "03-overflow-moduli", [(n, MAX_M - d) for n in range(60, 100) for d in (0, 1, 7)])
    write("secret", "04-large-n", [(random.randint(1, MAX_N), random.randint(2, MAX_M)) for _ in range(1000)])
    write("secret", "05-max-n-max-m", [(MAX_N - d, MAX_M - e) for d in range(10) for e in range(10)])
    write("secret", "06-powers-of-two", [(2**e, random.randint(MAX_M // 2, MAX_M)) for e in range(60)])
    write("secret", "07-mixed", [(random.choice([1, 2, random.randint(1, 100), random.randint(1, MAX_N)]),
                                  random.choice([2, MAX_M, random.randint(2, MAX_M)])) for _ in range(1000)])


main()
