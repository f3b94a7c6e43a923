#!/usr/bin/env python3
"""Writes data/ of fair-share-segment: `python3 generators/generate.py` from anywhere.

Deterministic (fixed seed). The .ans files hold one valid segment per row (the first repeated
prefix remainder); output_validator/check.py accepts any valid segment. The pigeonhole
solution is cross-checked against trying every segment on small rows: it must return a valid
segment, and a valid one must exist.
"""
import os
import random

random.seed(20261210)
MAX_TOTAL = 10**5
MAX_A = 10**9
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")


def solve(values):
    n = len(values)
    first = [-1] * n
    first[0] = 0
    prefix = 0
    for k, value in enumerate(values, start=1):
        prefix = (prefix + value) % n
        if first[prefix] >= 0:
            return first[prefix] + 1, k
        first[prefix] = k
    raise AssertionError("the pigeonhole principle failed")


def valid(values, left, right):
    return 1 <= left <= right <= len(values) and sum(values[left - 1 : right]) % len(values) == 0


def check():
    for _ in range(2000):
        values = [random.randint(0, 30) for _ in range(random.randint(1, 10))]
        assert valid(values, *solve(values))


def late_only(n, spread):
    """A row whose only valid segment is [j + 1, n] for a j near the end: every other pair of
    prefix remainders differs, so a search from the left scans almost all pairs."""
    residues = list(range(1, n))
    random.shuffle(residues)
    prefixes = [0] + residues  # P_0 .. P_{n-1}: all n remainders, each once
    j = n - 1 - random.randint(0, 3)
    prefixes.append(prefixes[j])  # P_n repeats P_j
    values = [(prefixes[k] - prefixes[k - 1]) % n + n * random.randint(0, spread) for k in range(1, n + 1)]
    assert solve(values) == (j + 1, n)
    return values


def write(folder, name, rows):
    assert 1 <= len(rows) <= 10**4 and sum(map(len, rows)) <= MAX_TOTAL
    assert all(len(row) >= 1 and all(0 <= v <= MAX_A for v in row) for row in rows)
    with open(os.path.join(ROOT, folder, name + ".in"), "w") as f:
        f.write(f"{len(rows)}\n")
        for row in rows:
            f.write(f"{len(row)}\n{' '.join(map(str, row))}\n")
    with open(os.path.join(ROOT, folder, name + ".ans"), "w") as f:
        for row in rows:
            left, right = solve(row)
            assert valid(row, left, right)
            f.write(f"{left} {right}\n")


def main():
    check()
    for folder in ("sample", "secret"):
        os.makedirs(os.path.join(ROOT, folder), exist_ok=True)
        for name in os.listdir(os.path.join(ROOT, folder)):
            os.remove(os.path.join(ROOT, folder, name))
    write("sample", "1", [[3, 5, 6, 2], [42], [1, 1, 1]])
    write("secret", "01-single-children", [[0], [MAX_A], [7]])
    write("secret", "02-whole-row-only", [[1] * 5, [2, 2, 2], [1, 2, 1, 2, 1, 2, 3]])
    write("secret", "03-zero-inside", [[5, 3, 0, 9], [9, 9, 9, 0]])
    write("secret", "04-no-prefix-works", [[3, 4, 4], [1, 3, 2, 3, 4], late_only(9, 3)])
    write("secret", "05-many-small-rows", [[random.randint(0, 50) for _ in range(random.randint(1, 8))] for _ in range(5000)])
    write("secret", "06-huge-values", [[random.randint(MAX_A - 1000, MAX_A) for _ in range(10_000)]])
    write("secret", "07-random-large", [[random.randint(0, 10**6) for _ in range(25_000)]])
    # the only valid segment ends the row: a left-to-right search over all pairs is quadratic
    write("secret", "08-late-segment", [late_only(MAX_TOTAL - 100, 0)])
    write("secret", "09-late-segments-mixed", [late_only(30_000, 5), late_only(20_000, 40), late_only(10, 2)])


main()
