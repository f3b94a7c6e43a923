#!/usr/bin/env python3
"""Writes data/ of meeting-point: run from anywhere, `python3 generators/generate.py`.

Deterministic (fixed seed). Answers from the median, cross-checked against trying every
position between the smallest and largest home on small tests.
"""
import json
import os
import random

random.seed(20261202)
ROOT = os.path.join(os.path.dirname(__file__), "..", "data")
LIMIT, MAX_N = 10**9, 10**5


def answer(homes):
    s = sorted(homes)
    p = s[(len(s) - 1) // 2]
    return sum(abs(h - p) for h in s)


def brute(homes):
    return min(sum(abs(h - p) for h in homes) for p in range(min(homes) - 1, max(homes) + 2))


def write(folder, name, homes):
    assert 1 <= len(homes) <= MAX_N and all(-LIMIT <= h <= LIMIT for h in homes)
    expected = answer(homes)
    if (max(homes) - min(homes)) * len(homes) <= 10**6:
        assert expected == brute(homes)
    with open(os.path.join(ROOT, folder, name + ".in"), "w") as f:
        f.write(json.dumps([homes], separators=(",", ":")) + "\n")
    with open(os.path.join(ROOT, folder, name + ".ans"), "w") as f:
        f.write(json.dumps(expected) + "\n")


def rand(count, low=-LIMIT, high=LIMIT):
    return [random.randint(low, high) for _ in range(count)]


def main():
    for folder in ("sample", "secret"):
        path = os.path.join(ROOT, folder)
        os.makedirs(path, exist_ok=True)
        for name in os.listdir(path):
            os.remove(os.path.join(path, name))
    write("sample", "1", [1, 2, 9])
    write("sample", "2", [5, -3, 5, 10])
    write("sample", "3", [0, 10])
    write("sample", "4", [4])
    for _ in range(200):
        homes = rand(random.randint(1, 9), -20, 20)
        assert answer(homes) == brute(homes)
    write("secret", "01-single-extreme", [-LIMIT])
    write("secret", "02-two-extremes", [LIMIT, -LIMIT])
    write("secret", "03-all-same", [77] * 1000)
    write("secret", "04-one-far-away", [0, 1, 2, 3, 10**9])
    write("secret", "05-mean-misleads", [-5, -4, -4, -3, 1000, 1000, 2000])
    write("secret", "06-small-random", rand(500, -300, 300))
    write("secret", "07-even-count", rand(1000, -10**6, 10**6))
    write("secret", "08-sorted", sorted(rand(2000)))
    write("secret", "09-overflow-halves", [-LIMIT] * 2000 + [LIMIT] * 2001)
    write("secret", "10-large-random", rand(60000))
    write("secret", "11-large-clustered", rand(30000, -1000, 1000) + rand(29999, 10**8, 10**8 + 50))


main()
