#!/usr/bin/env python3
"""Writes data/ of conveyor-sampling: `python3 generators/generate.py`.

Deterministic (fixed seed). Tests are JSON: .in the argument array [list, k], .ans the list
that stays. The answer comes from a slice filter, cross-checked by a simulation of the counting.
"""
import json
import os
import random

random.seed(20261130)
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")
LIMIT = 10**9
MAX_LEN = 5 * 10**4


def answer(values, k):
    return [v for i, v in enumerate(values, start=1) if i % k != 0]


def simulate(values, k):
    kept, count = [], 0
    for v in values:
        count += 1
        if count == k:
            count = 0
        else:
            kept.append(v)
    return kept


def write(folder, name, values, k):
    assert len(values) <= MAX_LEN and 1 <= k <= 10**5
    assert all(-LIMIT <= v <= LIMIT for v in values)
    result = answer(values, k)
    assert result == simulate(values, k), name
    path = os.path.join(ROOT, folder)
    os.makedirs(path, exist_ok=True)
    with open(os.path.join(path, name + ".in"), "w") as f:
        f.write(json.dumps([values, k], separators=(",", ":")) + "\n")
    with open(os.path.join(path, name + ".ans"), "w") as f:
        f.write(json.dumps(result, separators=(",", ":")) + "\n")


def rand_list(n, low=-LIMIT, high=LIMIT):
    return [random.randint(low, high) for _ in range(n)]


def main():
    for folder in ("sample", "secret"):
        path = os.path.join(ROOT, folder)
        if os.path.isdir(path):
            for name in os.listdir(path):
                os.remove(os.path.join(path, name))
    write("sample", "1", [10, 20, 30, 40, 50, 60, 70], 3)
    write("sample", "2", [5, 6], 3)
    write("sample", "3", [1, 2, 3], 1)
    write("secret", "01-empty", [], 4)
    write("secret", "02-single-kept", [LIMIT], 2)
    write("secret", "03-single-taken", [-LIMIT], 1)
    write("secret", "04-k-equals-length", [1, 2, 3, 4, 5], 5)
    write("secret", "05-k-two", [9, 8, 7, 6, 5, 4], 2)
    write("secret", "06-k-huge", rand_list(100), 10**5)
    for i in range(7, 12):
        n = random.randint(1, 40)
        write("secret", f"{i:02}-random-small", rand_list(n), random.randint(1, n + 2))
    write("secret", "12-repeated-values", [3] * 2000, 7)
    write("secret", "13-large-k-one", rand_list(MAX_LEN, 0, 99), 1)
    write("secret", "14-large-k-two", rand_list(MAX_LEN, 0, 99), 2)
    write("secret", "15-large-k-three", rand_list(MAX_LEN, 0, 99), 3)
    write("secret", "16-large-k-big", rand_list(MAX_LEN, 0, 99), 9999)


main()
