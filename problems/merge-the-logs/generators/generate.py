#!/usr/bin/env python3
"""Writes data/ of merge-the-logs: `python3 generators/generate.py`.

Deterministic (fixed seed). Tests are JSON: .in the argument array [[log, log, ...]], .ans the
merged list. The answer is a heap merge, cross-checked by sorting all entries.
"""
import heapq
import json
import os
import random

random.seed(20261201)
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")
LIMIT = 10**9
MAX_TOTAL = 3 * 10**4
MAX_K = 10**4


def write(folder, name, logs):
    assert len(logs) <= MAX_K and sum(map(len, logs)) <= MAX_TOTAL
    for log in logs:
        assert log == sorted(log) and all(0 <= v <= LIMIT for v in log)
    result = list(heapq.merge(*logs))
    assert result == sorted(v for log in logs for v in log), name
    path = os.path.join(ROOT, folder)
    os.makedirs(path, exist_ok=True)
    with open(os.path.join(path, name + ".in"), "w") as f:
        f.write(json.dumps([logs], separators=(",", ":")) + "\n")
    with open(os.path.join(path, name + ".ans"), "w") as f:
        f.write(json.dumps(result, separators=(",", ":")) + "\n")


def rand_logs(k, total, high=LIMIT):
    cuts = sorted(random.randint(0, total) for _ in range(k - 1))
    sizes = [b - a for a, b in zip([0] + cuts, cuts + [total])]
    return [sorted(random.randint(0, high) for _ in range(size)) for size in sizes]


def main():
    for folder in ("sample", "secret"):
        path = os.path.join(ROOT, folder)
        if os.path.isdir(path):
            for name in os.listdir(path):
                os.remove(os.path.join(path, name))
    write("sample", "1", [[1, 4, 9], [2, 3], [4, 10]])
    write("sample", "2", [[], [5], []])
    write("sample", "3", [])
    write("secret", "01-one-empty-log", [[]])
    write("secret", "02-one-log", [[0, 0, 7, LIMIT]])
    write("secret", "03-all-equal", [[3, 3], [3], [3, 3, 3]])
    write("secret", "04-disjoint-ranges", [[20, 21, 22], [10, 11], [0, 1, 2]])
    write("secret", "05-odd-count", [[1, 5], [2, 6], [3, 7]])
    for i in range(6, 10):
        write("secret", f"{i:02}-random-small", rand_logs(random.randint(1, 8), random.randint(0, 40), 50))
    write("secret", "10-many-empty", [[] for _ in range(5000)] + [[1, 2]] + [[] for _ in range(4999)])
    write("secret", "11-medium", rand_logs(100, 3000))
    write("secret", "12-large-many-logs", rand_logs(MAX_K, 2 * 10**4, 9999))
    write("secret", "13-large-three-thousand", [sorted(random.randint(0, 9999) for _ in range(10)) for _ in range(3000)])
    write("secret", "14-large-two-logs", rand_logs(2, MAX_TOTAL, 99999))
    write("secret", "15-large-interleaved", [list(range(i, MAX_TOTAL, 1000)) for i in range(1000)])


main()
