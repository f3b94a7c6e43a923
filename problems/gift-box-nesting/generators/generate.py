#!/usr/bin/env python3
"""Writes data/ of gift-box-nesting: run from anywhere, `python3 generators/generate.py`.

Deterministic (fixed seed). Answers by sorting and a longest strictly increasing subsequence,
cross-checked against the O(n^2) DP on tests with at most 2000 boxes.
"""
import bisect
import json
import os
import random

random.seed(20261211)
ROOT = os.path.join(os.path.dirname(__file__), "..", "data")
MAX_N, MAX_SIDE = 10**5, 10**9


def answer(boxes):
    norm = sorted((min(a, b), -max(a, b)) for a, b in boxes)
    tails = []
    for _, neg_long in norm:
        x = -neg_long
        k = bisect.bisect_left(tails, x)
        if k == len(tails):
            tails.append(x)
        else:
            tails[k] = x
    return len(tails)


def brute(boxes):
    norm = sorted((min(a, b), max(a, b)) for a, b in boxes)
    best = [1] * len(norm)
    for i, (s, l) in enumerate(norm):
        for j in range(i):
            if norm[j][0] < s and norm[j][1] < l:
                best[i] = max(best[i], best[j] + 1)
    return max(best)


def write(folder, name, boxes):
    assert 1 <= len(boxes) <= MAX_N and all(1 <= a <= MAX_SIDE and 1 <= b <= MAX_SIDE for a, b in boxes)
    expected = answer(boxes)
    if len(boxes) <= 2000:
        assert expected == brute(boxes)
    with open(os.path.join(ROOT, folder, name + ".in"), "w") as f:
        f.write(json.dumps([boxes], separators=(",", ":")) + "\n")
    with open(os.path.join(ROOT, folder, name + ".ans"), "w") as f:
        f.write(json.dumps(expected) + "\n")


def rand_boxes(count, high):
    return [[random.randint(1, high), random.randint(1, high)] for _ in range(count)]


def main():
    for folder in ("sample", "secret"):
        path = os.path.join(ROOT, folder)
        os.makedirs(path, exist_ok=True)
        for name in os.listdir(path):
            os.remove(os.path.join(path, name))
    write("sample", "1", [[5, 4], [6, 4], [6, 7], [2, 3]])
    write("sample", "2", [[3, 8], [8, 3], [3, 8]])
    write("sample", "3", [[9, 2], [1, 8]])
    for _ in range(300):
        boxes = rand_boxes(random.randint(1, 9), 6)
        assert answer(boxes) == brute(boxes)
    write("secret", "01-one-box", [[MAX_SIDE, 1]])
    write("secret", "02-squares", [[i, i] for i in range(50, 0, -1)])
    write("secret", "03-same-short-side", [[7, i] for i in range(1, 200)])
    write("secret", "04-same-long-side", [[i, 100] for i in range(1, 100)] + [[100, i] for i in range(1, 50)])
    write("secret", "05-need-turning", [[10 * i + 5, i] for i in range(1, 300)][::-1])
    write("secret", "06-staircase-with-ties", [[i // 3 + 1, i // 2 + 1] for i in range(600)])
    write("secret", "07-small-sides", rand_boxes(2000, 30))
    write("secret", "08-medium-random", rand_boxes(2000, 10**6))
    write("secret", "09-huge-sides", rand_boxes(1000, MAX_SIDE))
    chain = [[i * 2 + 1, i * 3 + 2] for i in range(1500)]
    noise = rand_boxes(500, 4500)
    mixed = chain + noise
    random.shuffle(mixed)
    write("secret", "10-long-chain-hidden", mixed)
    # the large tests: the O(n^2) DP needs over 10^9 steps
    write("secret", "11-large-random", rand_boxes(50000, 10**5))
    long_chain = [[i + 1, 2 * i + 3] if i % 2 else [2 * i + 3, i + 1] for i in range(40000)]
    random.shuffle(long_chain)
    write("secret", "12-large-one-chain", long_chain)


main()
