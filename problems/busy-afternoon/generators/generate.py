#!/usr/bin/env python3
"""Writes data/ of busy-afternoon: run from anywhere, `python3 generators/generate.py`.

Deterministic (fixed seed). Answers by the sorted greedy, cross-checked against trying every
subset on the tiny tests.
"""
import itertools
import json
import os
import random

random.seed(20261131)
ROOT = os.path.join(os.path.dirname(__file__), "..", "data")
MAX_N, MAX_D, MAX_T = 10**5, 10**9, 10**15


def answer(durations, budget):
    total = count = 0
    for d in sorted(durations):
        if total + d > budget:
            break
        total += d
        count += 1
    return count


def brute(durations, budget):
    best = 0
    for mask in itertools.product((0, 1), repeat=len(durations)):
        if sum(d for d, m in zip(durations, mask) if m) <= budget:
            best = max(best, sum(mask))
    return best


def write(folder, name, durations, budget):
    assert 1 <= len(durations) <= MAX_N and 0 <= budget <= MAX_T
    assert all(1 <= d <= MAX_D for d in durations)
    expected = answer(durations, budget)
    if len(durations) <= 12:
        assert expected == brute(durations, budget)
    with open(os.path.join(ROOT, folder, name + ".in"), "w") as f:
        f.write(json.dumps([durations, budget], separators=(",", ":")) + "\n")
    with open(os.path.join(ROOT, folder, name + ".ans"), "w") as f:
        f.write(json.dumps(expected) + "\n")


def prefix_budget(durations, k, extra=0):
    return sum(sorted(durations)[:k]) + extra


def main():
    for folder in ("sample", "secret"):
        path = os.path.join(ROOT, folder)
        os.makedirs(path, exist_ok=True)
        for name in os.listdir(path):
            os.remove(os.path.join(path, name))
    write("sample", "1", [30, 10, 50, 20], 65)
    write("sample", "2", [100, 200], 99)
    write("sample", "3", [5, 5, 5], 15)
    write("secret", "01-zero-time", [1, 2, 3], 0)
    write("secret", "02-one-fits-exactly", [7], 7)
    write("secret", "03-one-too-long", [8], 7)
    write("secret", "04-long-first", [90, 10, 10, 10, 10, 10], 95)
    for i in range(5, 9):
        ds = [random.randint(1, 20) for _ in range(random.randint(5, 12))]
        write("secret", f"0{i}-tiny-random", ds, random.randint(0, sum(ds)))
    write("secret", "09-all-fit", [random.randint(1, 1000) for _ in range(1000)], 10**15)
    huge = [MAX_D] * 3000
    write("secret", "10-overflow-total", huge, 2500 * MAX_D + 5)
    ds = [random.randint(1, MAX_D) for _ in range(1000)]
    write("secret", "11-budget-one-short", ds, prefix_budget(ds, 400, -1))
    ds = [random.randint(1, MAX_D) for _ in range(20000)]
    write("secret", "12-large-wide", ds, prefix_budget(ds, 15000))
    # the maximum size, most errands fit: picking the shortest by scanning is about 10^10 steps
    ds = [random.randint(1, 10**4) for _ in range(MAX_N)]
    write("secret", "13-large-max", ds, prefix_budget(ds, 80000, 3))


main()
