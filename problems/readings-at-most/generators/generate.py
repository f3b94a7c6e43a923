#!/usr/bin/env python3
"""Writes data/ of readings-at-most: run from anywhere, `python3 generators/generate.py`.

Deterministic (fixed seed). Answers by sorting and bisect, cross-checked against direct counting
on the small tests.
"""
import bisect
import json
import os
import random

random.seed(20261130)
ROOT = os.path.join(os.path.dirname(__file__), "..", "data")
LIMIT = 10**9
MAX_N = 10**5


def answer(readings, thresholds):
    s = sorted(readings)
    return [bisect.bisect_right(s, t) for t in thresholds]


def brute(readings, thresholds):
    return [sum(1 for r in readings if r <= t) for t in thresholds]


def write(folder, name, readings, thresholds):
    assert 1 <= len(readings) <= MAX_N and 1 <= len(thresholds) <= MAX_N
    assert all(-LIMIT <= x <= LIMIT for x in readings + thresholds)
    expected = answer(readings, thresholds)
    if len(readings) * len(thresholds) <= 10**6:
        assert expected == brute(readings, thresholds)
    with open(os.path.join(ROOT, folder, name + ".in"), "w") as f:
        f.write(json.dumps([readings, thresholds], separators=(",", ":")) + "\n")
    with open(os.path.join(ROOT, folder, name + ".ans"), "w") as f:
        f.write(json.dumps(expected, separators=(",", ":")) + "\n")


def rand(count, low=-LIMIT, high=LIMIT):
    return [random.randint(low, high) for _ in range(count)]


def main():
    for folder in ("sample", "secret"):
        path = os.path.join(ROOT, folder)
        os.makedirs(path, exist_ok=True)
        for name in os.listdir(path):
            os.remove(os.path.join(path, name))
    write("sample", "1", [3, -2, 7, 3, 0], [3, -5, 10, 0])
    write("sample", "2", [5], [4, 5, 6])
    write("secret", "01-one-each", [0], [0])
    write("secret", "02-extremes", [LIMIT, -LIMIT, 0], [-LIMIT, LIMIT, -LIMIT + 1, LIMIT - 1, 0])
    write("secret", "03-all-equal", [7] * 50, [6, 7, 8, 7])
    write("secret", "04-thresholds-on-values", [1, 2, 2, 2, 3, 5, 5, 8], [1, 2, 3, 4, 5, 6, 7, 8, 0, 9])
    small = rand(300, -50, 50)
    write("secret", "05-small-range", small, list(range(-55, 56)))
    write("secret", "06-sorted-desc", sorted(rand(1000), reverse=True), rand(1000))
    values = rand(2000, -1000, 1000)
    write("secret", "07-duplicates-hit", values, random.sample(values, 500))
    # the large tests: O(n * q) is 5 * 10^9 (small values keep the files small)
    write("secret", "08-large-max", rand(MAX_N, -5000, 5000), rand(MAX_N // 2, -5100, 5100))
    write("secret", "09-large-wide", rand(5000), rand(5000))


main()
