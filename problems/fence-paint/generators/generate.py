#!/usr/bin/env python3
"""Writes data/ of fence-paint: run from anywhere, `python3 generators/generate.py`.

Deterministic (fixed seed). Answers by sort-and-sweep, cross-checked against marking every unit
on tests with small coordinates.
"""
import json
import os
import random

random.seed(20261203)
ROOT = os.path.join(os.path.dirname(__file__), "..", "data")
LIMIT, MAX_N = 10**9, 10**5


def answer(strokes):
    total = 0
    start = end = None
    for l, r in sorted(strokes):
        if end is None or l > end:
            if end is not None:
                total += end - start
            start, end = l, r
        else:
            end = max(end, r)
    return total + end - start


def brute(strokes):
    painted = set()
    for l, r in strokes:
        painted.update(range(l, r))
    return len(painted)


def write(folder, name, strokes):
    assert 1 <= len(strokes) <= MAX_N and all(0 <= l < r <= LIMIT for l, r in strokes)
    expected = answer(strokes)
    if max(r for _, r in strokes) <= 10**5:
        assert expected == brute(strokes)
    with open(os.path.join(ROOT, folder, name + ".in"), "w") as f:
        f.write(json.dumps([strokes], separators=(",", ":")) + "\n")
    with open(os.path.join(ROOT, folder, name + ".ans"), "w") as f:
        f.write(json.dumps(expected) + "\n")


def stroke(low, high, max_len):
    l = random.randint(low, high - 1)
    return [l, random.randint(l + 1, min(high, l + max_len))]


def main():
    for folder in ("sample", "secret"):
        path = os.path.join(ROOT, folder)
        os.makedirs(path, exist_ok=True)
        for name in os.listdir(path):
            os.remove(os.path.join(path, name))
    write("sample", "1", [[1, 4], [2, 6], [8, 10]])
    write("sample", "2", [[0, 10], [3, 5], [10, 12]])
    for _ in range(300):
        strokes = [stroke(0, 40, 15) for _ in range(random.randint(1, 8))]
        assert answer(strokes) == brute(strokes)
    write("secret", "01-single-unit", [[0, 1]])
    write("secret", "02-whole-fence", [[0, LIMIT]])
    write("secret", "03-identical", [[5, 9]] * 10)
    write("secret", "04-nested-chain", [[i, 100 - i] for i in range(50)])
    write("secret", "05-nested-then-out", [[0, 100], [10, 20], [30, 40], [99, 150], [160, 170]])
    write("secret", "06-touching", [[i * 10, i * 10 + 10] for i in range(100)][::-1])
    write("secret", "07-gaps", [[i * 10, i * 10 + 9] for i in range(100)])
    write("secret", "08-small-random", [stroke(0, 10**4, 300) for _ in range(2000)])
    write("secret", "09-long-overlaps", [[0, 10**9 - 7 * i] for i in range(3)] + [[LIMIT - 3, LIMIT]])
    many = [[random.randint(0, 10) * 2, LIMIT - random.randint(0, 10)] for _ in range(100)]
    write("secret", "10-long-overlapping", many)
    write("secret", "11-three-long-blocks", [[i * 300_000_000, i * 300_000_000 + 299_999_999] for i in range(3)])
    # the large tests: many separate pieces, so a quadratic merge does real work
    write("secret", "12-large-sparse", [stroke(0, LIMIT, 5000) for _ in range(30000)])
    write("secret", "13-large-dense", [stroke(0, 10**6, 40) for _ in range(25000)])


main()
