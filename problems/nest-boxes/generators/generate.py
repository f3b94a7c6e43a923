#!/usr/bin/env python3
"""Writes data/ of nest-boxes: run from anywhere, `python3 generators/generate.py`.

Deterministic (fixed seed). Answers by binary search over a greedy check, cross-checked against
trying every set of k posts on small tests.
"""
import itertools
import json
import os
import random

random.seed(20261208)
ROOT = os.path.join(os.path.dirname(__file__), "..", "data")
MAX_N, MAX_P = 10**5, 10**9


def fits(q, k, d):
    count, last = 1, q[0]
    for x in q[1:]:
        if x - last >= d:
            count += 1
            last = x
    return count >= k


def answer(posts, k):
    q = sorted(posts)
    lo, hi = 1, (q[-1] - q[0]) // (k - 1)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if fits(q, k, mid):
            lo = mid
        else:
            hi = mid - 1
    return lo


def brute(posts, k):
    return max(min(b - a for a, b in zip(c, c[1:])) for c in itertools.combinations(sorted(posts), k))


def write(folder, name, posts, k):
    assert 2 <= k <= len(posts) <= MAX_N and len(set(posts)) == len(posts)
    assert all(0 <= p <= MAX_P for p in posts)
    expected = answer(posts, k)
    if len(posts) <= 12:
        assert expected == brute(posts, k)
    with open(os.path.join(ROOT, folder, name + ".in"), "w") as f:
        f.write(json.dumps([posts, k], separators=(",", ":")) + "\n")
    with open(os.path.join(ROOT, folder, name + ".ans"), "w") as f:
        f.write(json.dumps(expected) + "\n")


def distinct(count, low=0, high=MAX_P):
    return random.sample(range(low, high + 1), count)


def main():
    for folder in ("sample", "secret"):
        path = os.path.join(ROOT, folder)
        os.makedirs(path, exist_ok=True)
        for name in os.listdir(path):
            os.remove(os.path.join(path, name))
    write("sample", "1", [1, 2, 4, 8, 9], 3)
    write("sample", "2", [10, 0], 2)
    for _ in range(300):
        n = random.randint(2, 9)
        posts = distinct(n, 0, 40)
        k = random.randint(2, n)
        assert answer(posts, k) == brute(posts, k)
    write("secret", "01-two-adjacent", [5, 6], 2)
    write("secret", "02-extremes", [MAX_P, 0, 1, MAX_P - 1], 2)
    write("secret", "03-all-boxes", [3, 10, 1, 7, 20], 5)
    write("secret", "04-unsorted-trap", [0, 100, 50, 1, 99, 51], 3)
    write("secret", "05-even-spacing", [i * 7 for i in range(1000)][::-1], 10)
    write("secret", "06-small-random", distinct(12, 0, 200), 5)
    write("secret", "07-clusters", [c * 10**8 + j for c in range(10) for j in range(50)], 10)
    write("secret", "08-medium-random", distinct(3000), 300)
    write("secret", "09-wide-k2", distinct(5000), 2)
    # the large tests: the answer lies far below (max - min) / (k - 1)
    posts = distinct(60000)
    write("secret", "10-large-many-boxes", posts, 30000)
    write("secret", "11-large-dense", distinct(30000, 0, 200000), 20000)
    write("secret", "12-large-few-boxes", distinct(20000, 0, 10**8), 77)


main()
