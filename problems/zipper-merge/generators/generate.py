#!/usr/bin/env python3
"""Writes data/ of zipper-merge: run from anywhere, `python3 generators/generate.py`.

Deterministic (fixed seed). Tests are JSON: .in the argument array [left, right], .ans the
merged list. The answer comes from a list-based merge, cross-checked by a step-by-step one.
"""
import json
import os
import random

random.seed(20261129)
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")
LIMIT = 10**9
MAX_LEN = 3 * 10**4


def merge(left, right):
    out = []
    for i in range(max(len(left), len(right))):
        if i < len(left):
            out.append(left[i])
        if i < len(right):
            out.append(right[i])
    return out


def merge_slow(left, right):
    """Pops cars one at a time, the way the statement tells it."""
    a, b, out, left_turn = list(left), list(right), [], True
    while a and b:
        out.append((a if left_turn else b).pop(0))
        left_turn = not left_turn
    return out + a + b


def write(folder, name, left, right):
    assert len(left) <= MAX_LEN and len(right) <= MAX_LEN
    assert all(-LIMIT <= v <= LIMIT for v in left + right)
    answer = merge(left, right)
    if len(left) + len(right) <= 2000:
        assert answer == merge_slow(left, right), name
    path = os.path.join(ROOT, folder)
    os.makedirs(path, exist_ok=True)
    with open(os.path.join(path, name + ".in"), "w") as f:
        f.write(json.dumps([left, right], separators=(",", ":")) + "\n")
    with open(os.path.join(path, name + ".ans"), "w") as f:
        f.write(json.dumps(answer, separators=(",", ":")) + "\n")


def rand_list(n, low=-LIMIT, high=LIMIT):
    return [random.randint(low, high) for _ in range(n)]


def main():
    for folder in ("sample", "secret"):
        path = os.path.join(ROOT, folder)
        if os.path.isdir(path):
            for name in os.listdir(path):
                os.remove(os.path.join(path, name))
    write("sample", "1", [1, 2, 3], [7, 8, 9])
    write("sample", "2", [4, 5, 6, 7], [1])
    write("sample", "3", [], [2, 2])
    write("secret", "01-both-empty", [], [])
    write("secret", "02-left-empty", [], [5])
    write("secret", "03-right-empty", [-3, 0, 3], [])
    write("secret", "04-single-each", [LIMIT], [-LIMIT])
    write("secret", "05-right-longer", [1, 2], [10, 20, 30, 40, 50])
    write("secret", "06-left-one-longer", [1, 2, 3], [9, 8])
    for i in range(7, 12):
        write("secret", f"{i:02}-random-small", rand_list(random.randint(0, 30)), rand_list(random.randint(0, 30)))
    write("secret", "12-random-medium", rand_list(1500), rand_list(1700))
    write("secret", "13-equal-values", [7] * 1000, [7] * 999)
    write("secret", "14-large-equal", rand_list(MAX_LEN, 0, 99), rand_list(MAX_LEN, 0, 99))
    write("secret", "15-large-left-long", rand_list(MAX_LEN, 0, 99), rand_list(50, 0, 99))
    write("secret", "16-large-right-long", rand_list(3, 0, 99), rand_list(MAX_LEN, 0, 99))


main()
