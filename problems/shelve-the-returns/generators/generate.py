#!/usr/bin/env python3
"""Writes data/ of shelve-the-returns: `python3 generators/generate.py`.

Deterministic (fixed seed). Tests are JSON: .in the argument array [list], .ans the sorted
list. The answer is Python's sort, cross-checked by an insertion sort on small inputs.
"""
import json
import os
import random

random.seed(20261131)
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")
LIMIT = 10**9
MAX_LEN = 4 * 10**4


def insertion(values):
    out = []
    for v in values:
        i = len(out)
        while i > 0 and out[i - 1] > v:
            i -= 1
        out.insert(i, v)
    return out


def write(folder, name, values):
    assert len(values) <= MAX_LEN and all(-LIMIT <= v <= LIMIT for v in values)
    result = sorted(values)
    if len(values) <= 3000:
        assert result == insertion(values), name
    path = os.path.join(ROOT, folder)
    os.makedirs(path, exist_ok=True)
    with open(os.path.join(path, name + ".in"), "w") as f:
        f.write(json.dumps([values], separators=(",", ":")) + "\n")
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
    write("sample", "1", [4, 1, 3, 1])
    write("sample", "2", [-2, 7])
    write("sample", "3", [])
    write("secret", "01-single", [5])
    write("secret", "02-two-swapped", [LIMIT, -LIMIT])
    write("secret", "03-all-equal", [8] * 50)
    write("secret", "04-reversed-small", list(range(20, -21, -1)))
    for i in range(5, 9):
        write("secret", f"{i:02}-random-small", rand_list(random.randint(2, 40), -20, 20))
    write("secret", "09-random-medium", rand_list(3000))
    write("secret", "10-extremes", [random.choice([LIMIT, -LIMIT, 0]) for _ in range(1000)])
    write("secret", "11-decreasing", sorted(rand_list(5000), reverse=True))
    write("secret", "12-few-values", rand_list(10**4, 0, 3))
    write("secret", "13-large-random", rand_list(MAX_LEN, -999, 999))
    write("secret", "14-large-increasing", sorted(rand_list(MAX_LEN, 0, 9999)))
    almost = sorted(rand_list(MAX_LEN, 0, 9999))
    for _ in range(50):
        i, j = random.randrange(MAX_LEN), random.randrange(MAX_LEN)
        almost[i], almost[j] = almost[j], almost[i]
    write("secret", "15-large-almost-sorted", almost)

main()
