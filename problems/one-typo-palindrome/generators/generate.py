#!/usr/bin/env python3
"""Writes data/ of one-typo-palindrome: `python3 generators/generate.py` from anywhere.

Deterministic (fixed seed). Answers come from the two-pointer solution below, cross-checked
against trying every deletion on small strings.
"""
import json
import os
import random

random.seed(20261129)
MAX_N = 10**5
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")


def is_pal(s, i, j):
    while i < j:
        if s[i] != s[j]:
            return False
        i += 1
        j -= 1
    return True


def solve(s):
    i, j = 0, len(s) - 1
    while i < j and s[i] == s[j]:
        i += 1
        j -= 1
    return i >= j or is_pal(s, i + 1, j) or is_pal(s, i, j - 1)


def brute(s):
    return s == s[::-1] or any((t := s[:k] + s[k + 1 :]) == t[::-1] for k in range(len(s)))


def check():
    for _ in range(4000):
        n = random.randint(1, 9)
        s = "".join(random.choice("ab") for _ in range(n))
        if random.random() < 0.5:
            half = "".join(random.choice("abc") for _ in range(n))
            s = half + half[::-1][random.randint(0, 1):]
            k = random.randint(0, len(s))
            s = s[:k] + random.choice("abc") + s[k:]
        assert solve(s) == brute(s), s


def palindrome(n, alphabet="abcdefghijklmnopqrstuvwxyz"):
    half = "".join(random.choice(alphabet) for _ in range(n // 2))
    middle = random.choice(alphabet) if n % 2 else ""
    return half + middle + half[::-1]


def insert(s, k, c):
    return s[:k] + c + s[k:]


def write(folder, name, banner):
    assert 1 <= len(banner) <= MAX_N and banner.isascii() and banner.isalpha() and banner.islower()
    with open(os.path.join(ROOT, folder, name + ".in"), "w") as f:
        f.write(json.dumps([banner]) + "\n")
    with open(os.path.join(ROOT, folder, name + ".ans"), "w") as f:
        f.write(json.dumps(solve(banner)) + "\n")


def main():
    check()
    for folder in ("sample", "secret"):
        os.makedirs(os.path.join(ROOT, folder), exist_ok=True)
        for name in os.listdir(os.path.join(ROOT, folder)):
            os.remove(os.path.join(ROOT, folder, name))
    write("sample", "1", "radkar")
    write("sample", "2", "level")
    write("sample", "3", "banner")
    write("secret", "01-one-letter", "q")
    write("secret", "02-two-different", "ab")
    write("secret", "03-three-no", "abc")
    write("secret", "04-erase-right", "cbbcc")
    write("secret", "05-erase-left", "ccbbc")
    write("secret", "06-both-sides-look-fine", "abbaab")
    # a long run of one letter: the mismatch shows only at the very centre
    write("secret", "07-all-same", "z" * MAX_N)
    base = palindrome(MAX_N - 1)
    write("secret", "08-extra-near-end", insert(base, MAX_N - 3, "q" if base[-3] != "q" else "r"))
    base = palindrome(MAX_N - 1, "ab")
    write("secret", "09-extra-in-middle", insert(base, MAX_N // 2 - 7, "b"))
    # two typos far apart: every single erasure fails, but only late in a left-to-right scan
    base = "a" * (MAX_N - 2)
    write("secret", "10-two-typos", insert(insert(base, 10, "b"), MAX_N - 50, "c"))
    # the greedy that only ever skips the left letter fails here, deep inside
    core = palindrome(39_996, "xy")
    write("secret", "11-skip-right-long", "m" * 30_000 + "p" + core + "pq" + "m" * 30_000)
    core = palindrome(39_996, "xy")
    write("secret", "12-skip-left-long", "m" * 30_000 + "qp" + core + "p" + "m" * 30_000)
    write("secret", "13-random-no", "".join(random.choice("ab") for _ in range(MAX_N)))
    write("secret", "14-palindrome-odd", palindrome(MAX_N - 1, "abc"))


main()
