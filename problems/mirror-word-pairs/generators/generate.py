#!/usr/bin/env python3
"""Writes data/ of mirror-word-pairs: `python3 generators/generate.py` from anywhere.

Deterministic (fixed seed). Answers come from a one-pass hash-map count, cross-checked against
all pairs on small lists.
"""
import json
import os
import random
from collections import Counter

random.seed(20261130)
MAX_N = 10**5
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")


def solve(words):
    seen = Counter()
    pairs = 0
    for word in words:
        pairs += seen[word[::-1]]
        seen[word] += 1
    return pairs


def brute(words):
    n = len(words)
    return sum(words[j] == words[i][::-1] for i in range(n) for j in range(i + 1, n))


def word(low, high, alphabet):
    return "".join(random.choice(alphabet) for _ in range(random.randint(low, high)))


def check():
    for _ in range(500):
        words = [word(1, 3, "ab") for _ in range(random.randint(1, 30))]
        assert solve(words) == brute(words), words


def write(folder, name, words):
    assert 1 <= len(words) <= MAX_N
    assert all(1 <= len(w) <= 10 and w.isascii() and w.isalpha() and w.islower() for w in words)
    with open(os.path.join(ROOT, folder, name + ".in"), "w") as f:
        f.write(json.dumps([words], separators=(",", ":")) + "\n")
    with open(os.path.join(ROOT, folder, name + ".ans"), "w") as f:
        f.write(f"{solve(words)}\n")


def main():
    check()
    for folder in ("sample", "secret"):
        os.makedirs(os.path.join(ROOT, folder), exist_ok=True)
        for name in os.listdir(os.path.join(ROOT, folder)):
            os.remove(os.path.join(ROOT, folder, name))
    write("sample", "1", ["stop", "pots", "tops", "pots"])
    write("sample", "2", ["noon", "abc", "noon", "noon"])
    write("sample", "3", ["a"])
    write("secret", "01-two-same-letter", ["x", "x"])
    write("secret", "02-order-matters", ["ab", "ba", "ab", "ba", "ab"])
    write("secret", "03-no-pairs", ["abc", "abd", "cab", "bca", "abcd"])
    write("secret", "04-long-words", ["abcdefghij", "jihgfedcba", "abcdefghij", "jihgfedcbb"])
    write("secret", "05-small-random", [word(1, 3, "ab") for _ in range(200)])
    # duplicates of a non-palindrome: a set instead of counts misses most pairs
    words = ["live"] * 300 + ["evil"] * 400
    random.shuffle(words)
    write("secret", "06-many-duplicates", words)
    write("secret", "07-random-short", [word(1, 3, "abc") for _ in range(60_000)])
    pool = [word(4, 10, "abcdefghijklmnopqrstuvwxyz") for _ in range(2000)]
    words = [random.choice(pool) for _ in range(20_000)] + [random.choice(pool)[::-1] for _ in range(20_000)]
    random.shuffle(words)
    write("secret", "08-planted-reversals", words)
    # C(100000, 2) = 4999950000 pairs: overflows 32 bits
    write("secret", "09-all-same-palindrome", ["aa"] * MAX_N)


main()
