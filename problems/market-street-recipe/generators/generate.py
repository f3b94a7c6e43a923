#!/usr/bin/env python3
"""Writes data/ of market-street-recipe: `python3 generators/generate.py` from anywhere.

Deterministic (fixed seed). Answers come from a sliding window with a "missing units" counter,
cross-checked against trying every stretch on small inputs.
"""
import json
import os
import random
import string
from collections import Counter

random.seed(20261211)
MAX_N = 10**5
LETTERS = string.ascii_letters
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")


def solve(street, recipe):
    need = Counter(recipe)
    missing = len(recipe)
    left = 0
    best = None
    for right, ingredient in enumerate(street):
        if need[ingredient] > 0:
            missing -= 1
        need[ingredient] -= 1
        if missing > 0:
            continue
        while need[street[left]] < 0:
            need[street[left]] += 1
            left += 1
        if best is None or right - left + 1 < best[1] - best[0]:
            best = (left, right + 1)
    return "" if best is None else street[best[0] : best[1]]


def brute(street, recipe):
    need = Counter(recipe)
    n = len(street)
    for length in range(1, n + 1):
        for start in range(n - length + 1):
            have = Counter(street[start : start + length])
            if all(have[c] >= k for c, k in need.items()):
                return street[start : start + length]
    return ""


def check():
    for _ in range(1500):
        street = "".join(random.choice("abcA") for _ in range(random.randint(1, 12)))
        recipe = "".join(random.choice("abcA") for _ in range(random.randint(1, 4)))
        assert solve(street, recipe) == brute(street, recipe), (street, recipe)


def write(folder, name, street, recipe):
    assert 1 <= len(street) <= MAX_N and 1 <= len(recipe) <= MAX_N
    assert all(c in LETTERS for c in street + recipe)
    with open(os.path.join(ROOT, folder, name + ".in"), "w") as f:
        f.write(json.dumps([street, recipe]) + "\n")
    with open(os.path.join(ROOT, folder, name + ".ans"), "w") as f:
        f.write(json.dumps(solve(street, recipe)) + "\n")


def rand(n, alphabet):
    return "".join(random.choice(alphabet) for _ in range(n))


def main():
    check()
    for folder in ("sample", "secret"):
        os.makedirs(os.path.join(ROOT, folder), exist_ok=True)
        for name in os.listdir(os.path.join(ROOT, folder)):
            os.remove(os.path.join(ROOT, folder, name))
    write("sample", "1", "xbyaazbqa", "aab")
    write("sample", "2", "marketday", "ka")
    write("sample", "3", "aAbB", "aa")
    write("secret", "01-one-stall", "q", "q")
    write("secret", "02-case-matters", "aaaAbbA", "AA")
    write("secret", "03-recipe-longer", "abc", "abcc")
    write("secret", "04-whole-street", "cabbage", "bbacaeg")
    write("secret", "05-tie-leftmost", "abxxbaxxab", "ab")
    write("secret", "06-repeats-needed", "aabaaabaaab", "bbaa")
    write("secret", "07-small-random", rand(400, "abcdE"), "aabE")
    # the recipe is spread over the whole street: restarting at every stall is quadratic
    street = rand(MAX_N, "abcdefghijklmnopqrstuvwxy")
    write("secret", "08-needs-far-letter", "z" + street[2:] + "z", "zz")
    write("secret", "09-long-recipe", rand(MAX_N, "abcdefghij"), rand(20_000, "abcdefghij"))
    write("secret", "10-all-letters", rand(MAX_N, LETTERS), LETTERS + "zzzZZZ")
    write("secret", "11-impossible-large", rand(MAX_N, "ab"), "abc")
    street = list(rand(MAX_N, "xyz"))
    for offset in (10_000, 70_000, 70_100):
        street[offset : offset + 3] = "pqr"
    write("secret", "12-planted", "".join(street), "rpq")


main()
