#!/usr/bin/env python3
"""Writes data/ of dj-genre-set: `python3 generators/generate.py` from anywhere.

Deterministic (fixed seed). Answers come from a sliding window, cross-checked against trying
every run on small inputs.
"""
import json
import os
import random
import string

random.seed(20261206)
MAX_N = 10**5
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")


def solve(genres, limit):
    counts = [0] * 26
    present = 0
    left = 0
    best = 0
    for right, genre in enumerate(genres):
        g = ord(genre) - 97
        counts[g] += 1
        present += counts[g] == 1
        while present > limit:
            h = ord(genres[left]) - 97
            counts[h] -= 1
            present -= counts[h] == 0
            left += 1
        best = max(best, right - left + 1)
    return best


def brute(genres, limit):
    n = len(genres)
    return max(j - i for i in range(n) for j in range(i + 1, n + 1) if len(set(genres[i:j])) <= limit)


def check():
    for _ in range(1000):
        genres = "".join(random.choice("abcd") for _ in range(random.randint(1, 14)))
        limit = random.randint(1, 4)
        assert solve(genres, limit) == brute(genres, limit), (genres, limit)


def write(folder, name, genres, limit):
    assert 1 <= len(genres) <= MAX_N and 1 <= limit <= 26
    assert all(c in string.ascii_lowercase for c in genres)
    with open(os.path.join(ROOT, folder, name + ".in"), "w") as f:
        f.write(json.dumps([genres, limit]) + "\n")
    with open(os.path.join(ROOT, folder, name + ".ans"), "w") as f:
        f.write(f"{solve(genres, limit)}\n")


def rand(n, alphabet):
    return "".join(random.choice(alphabet) for _ in range(n))


def main():
    check()
    for folder in ("sample", "secret"):
        os.makedirs(os.path.join(ROOT, folder), exist_ok=True)
        for name in os.listdir(os.path.join(ROOT, folder)):
            os.remove(os.path.join(ROOT, folder, name))
    write("sample", "1", "abaccab", 2)
    write("sample", "2", "zzzz", 1)
    write("sample", "3", "abc", 3)
    write("secret", "01-one-track", "q", 1)
    write("secret", "02-limit-one", "aabbbbcaaa", 1)
    write("secret", "03-best-at-end", "abcdefgghhghg", 2)
    write("secret", "04-genre-leaves-and-returns", "abacabbbbcbcbcbcaa", 2)
    write("secret", "05-small-random", rand(300, "abcde"), 3)
    # the limit covers every genre: each start of the naive scan runs to the end
    write("secret", "06-generous-limit", rand(MAX_N, string.ascii_lowercase), 26)
    write("secret", "07-single-genre", "m" * MAX_N, 1)
    # long stretches of few genres separated by noise
    parts = []
    while sum(map(len, parts)) < MAX_N - 5000:
        parts.append(rand(random.randint(100, 4000), random.sample(string.ascii_lowercase, 4)))
    write("secret", "08-blocks", "".join(parts)[: MAX_N], 4)
    write("secret", "09-random-mid-limit", rand(MAX_N, "abcdefghij"), 7)
    write("secret", "10-cycle", ("abcdefghijklmnopqrstuvwxyz" * 4000)[:MAX_N], 25)


main()
