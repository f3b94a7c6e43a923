#!/usr/bin/env python3
"""Writes data/ of cash-float: `python3 generators/generate.py` from anywhere.

Deterministic (fixed seed). Answers come from one pass over the prefix sums, cross-checked
against trying every float from 0 upwards on small inputs.
"""
import json
import os
import random
from itertools import accumulate

random.seed(20261203)
MAX_N = 5 * 10**4
LIMIT = 10**6
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")


def solve(changes):
    return max(0, -min(accumulate(changes)))


def brute(changes):
    start = 0
    while True:
        till = start
        ok = True
        for change in changes:
            till += change
            ok = ok and till >= 0
        if ok:
            return start
        start += 1


def check():
    for _ in range(1000):
        changes = [random.randint(-9, 9) for _ in range(random.randint(1, 10))]
        assert solve(changes) == brute(changes), changes


def write(folder, name, changes):
    assert 1 <= len(changes) <= MAX_N and all(-LIMIT <= c <= LIMIT for c in changes)
    with open(os.path.join(ROOT, folder, name + ".in"), "w") as f:
        f.write(json.dumps([changes], separators=(",", ":")) + "\n")
    with open(os.path.join(ROOT, folder, name + ".ans"), "w") as f:
        f.write(f"{solve(changes)}\n")


def main():
    check()
    for folder in ("sample", "secret"):
        os.makedirs(os.path.join(ROOT, folder), exist_ok=True)
        for name in os.listdir(os.path.join(ROOT, folder)):
            os.remove(os.path.join(ROOT, folder, name))
    write("sample", "1", [500, -800, 200, -600])
    write("sample", "2", [100, -50, 20])
    write("sample", "3", [-1])
    write("secret", "01-single-sale", [LIMIT])
    write("secret", "02-zero-movements", [0, 0, 0])
    write("secret", "03-dip-then-recover", [-5, 10, -3, -3, 100])
    write("secret", "04-lowest-at-end", [3, -1, 2, -1, -10])
    write("secret", "05-small-random", [random.randint(-100, 100) for _ in range(200)])
    # the running sum falls to -5 * 10^10: beyond 32 bits
    write("secret", "06-all-max-payouts", [-LIMIT] * MAX_N)
    write("secret", "07-all-sales", [random.randint(0, LIMIT) for _ in range(20_000)])
    write("secret", "08-random-large", [random.randint(-LIMIT, LIMIT) for _ in range(MAX_N)])
    # a slow downward drift: the lowest point comes late
    write("secret", "09-drift-down", [random.randint(-LIMIT, LIMIT - 20_000) for _ in range(MAX_N)])


main()
