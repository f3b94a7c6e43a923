#!/usr/bin/env python3
"""Writes data/ of cable-splicing: `python3 generators/generate.py`.

Deterministic (fixed seed). The answer comes from a heap (Huffman's rule), cross-checked on tiny
inputs by trying every splice order.
"""
import functools
import heapq
import os
import random

random.seed(20261211)
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")
LIMIT = 10**9
MAX_N = 10**5


def answer(lengths):
    heap = list(lengths)
    heapq.heapify(heap)
    total = 0
    while len(heap) > 1:
        merged = heapq.heappop(heap) + heapq.heappop(heap)
        total += merged
        heapq.heappush(heap, merged)
    return total


@functools.lru_cache(maxsize=None)
def brute(pieces):
    if len(pieces) == 1:
        return 0
    best = None
    for i in range(len(pieces)):
        for j in range(i + 1, len(pieces)):
            rest = pieces[:i] + pieces[i + 1 : j] + pieces[j + 1 :] + (pieces[i] + pieces[j],)
            cost = pieces[i] + pieces[j] + brute(tuple(sorted(rest)))
            best = cost if best is None else min(best, cost)
    return best


def write(folder, name, lengths):
    assert 1 <= len(lengths) <= MAX_N and all(1 <= a <= LIMIT for a in lengths)
    result = answer(lengths)
    if len(lengths) <= 7:
        assert result == brute(tuple(sorted(lengths))), name
    path = os.path.join(ROOT, folder)
    os.makedirs(path, exist_ok=True)
    with open(os.path.join(path, name + ".in"), "w") as f:
        f.write(f"{len(lengths)}\n{' '.join(map(str, lengths))}\n")
    with open(os.path.join(path, name + ".ans"), "w") as f:
        f.write(f"{result}\n")


def main():
    for folder in ("sample", "secret"):
        path = os.path.join(ROOT, folder)
        if os.path.isdir(path):
            for name in os.listdir(path):
                os.remove(os.path.join(path, name))
    write("sample", "1", [4, 3, 2, 6])
    write("sample", "2", [1000])
    write("secret", "01-two-pieces", [LIMIT, LIMIT])
    write("secret", "02-four-ones", [1, 1, 1, 1])
    write("secret", "03-one-long-many-short", [100, 1, 1, 1, 1, 1])
    for i in range(4, 9):
        write("secret", f"{i:02}-random-tiny", [random.randint(1, 30) for _ in range(random.randint(2, 7))])
    write("secret", "09-random-small", [random.randint(1, 1000) for _ in range(500)])
    write("secret", "10-powers-of-two", [2**i for i in range(30)])
    write("secret", "11-fibonacci-like", [1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610])
    write("secret", "12-large-small-lengths", [random.randint(1, 1000) for _ in range(MAX_N)])
    write("secret", "13-large-max-lengths", [random.randint(LIMIT - 10**6, LIMIT) for _ in range(5 * 10**4)])
    write("secret", "14-large-all-equal", [7] * MAX_N)


main()
