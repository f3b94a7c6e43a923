#!/usr/bin/env python3
"""Writes data/secret/ of pair-sum-count: run from the package folder, `python3 generators/generate.py`.

Deterministic (fixed seed), so running it again gives the same files. The answers come from a
hash-map count here; submissions/accepted/ holds independent solutions that verdict verify
checks against them.
"""
import os
import random
from collections import Counter

random.seed(20250310)
LIMIT = 10**9
OUT = os.path.join(os.path.dirname(__file__), "..", "data", "secret")


def answer(k, values):
    seen = Counter()
    pairs = 0
    for value in values:
        pairs += seen[k - value]
        seen[value] += 1
    return pairs


def write(name, k, values):
    with open(os.path.join(OUT, name + ".in"), "w") as f:
        f.write(f"{len(values)} {k}\n{' '.join(map(str, values))}\n")
    with open(os.path.join(OUT, name + ".ans"), "w") as f:
        f.write(f"{answer(k, values)}\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    for name in os.listdir(OUT):
        os.remove(os.path.join(OUT, name))
    write("01-single", 10, [5])
    write("02-two-equal-halves", 10, [5, 5])
    write("03-no-pair", 1, [2, 4, 6, 8])
    write("04-negatives", -3, [-1, -2, 0, -3, 5, -8, -1, -2])
    write("05-extremes", 0, [LIMIT, -LIMIT, LIMIT, -LIMIT, 0])
    write("06-k-max", 2 * LIMIT, [LIMIT, LIMIT, LIMIT, LIMIT - 1, 1])
    write("07-k-min", -2 * LIMIT, [-LIMIT, -LIMIT, 0, -LIMIT])
    write("08-zeros", 0, [0] * 10)
    small = [random.randint(-20, 20) for _ in range(2000)]
    write("09-small-range", 7, small)
    write("10-random-wide", random.randint(-LIMIT, LIMIT), [random.randint(-LIMIT, LIMIT) for _ in range(5_000)])
    # pairs planted among distinct large values: a random wide test alone has almost none
    half = [random.randint(-LIMIT, LIMIT) for _ in range(5_000)]
    k = 123_456_789
    planted = [v for v in half if -LIMIT <= k - v <= LIMIT]
    values = half + [k - v for v in planted]
    random.shuffle(values)
    write("11-planted-pairs", k, values)
    write("12-digits-many-pairs", 9, [random.randint(0, 9) for _ in range(40_000)])
    # C(70000, 2) = 2449965000 pairs: more than a 32-bit count can hold
    write("13-all-equal-overflow", 2, [1] * 70_000)


main()
