#!/usr/bin/env python3
"""Writes data/ of tied-vote-stretches: `python3 generators/generate.py` from anywhere.

Deterministic (fixed seed). Answers come from counting equal prefix sums, cross-checked against
every stretch on small inputs.
"""
import json
import os
import random
from collections import Counter

random.seed(20261207)
MAX_N = 10**5
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")
SCORE = {"y": 1, "n": -1, "a": 0}


def solve(votes):
    seen = Counter({0: 1})
    prefix = 0
    tied = 0
    for vote in votes:
        prefix += SCORE[vote]
        tied += seen[prefix]
        seen[prefix] += 1
    return tied


def brute(votes):
    n = len(votes)
    return sum(votes[i:j].count("y") == votes[i:j].count("n") for i in range(n) for j in range(i + 1, n + 1))


def check():
    for _ in range(1000):
        votes = "".join(random.choice("yna") for _ in range(random.randint(1, 14)))
        assert solve(votes) == brute(votes), votes


def write(folder, name, votes):
    assert 1 <= len(votes) <= MAX_N and set(votes) <= set("yna")
    with open(os.path.join(ROOT, folder, name + ".in"), "w") as f:
        f.write(json.dumps([votes]) + "\n")
    with open(os.path.join(ROOT, folder, name + ".ans"), "w") as f:
        f.write(f"{solve(votes)}\n")


def rand(n, weights):
    return "".join(random.choices("yna", weights=weights, k=n))


def main():
    check()
    for folder in ("sample", "secret"):
        os.makedirs(os.path.join(ROOT, folder), exist_ok=True)
        for name in os.listdir(os.path.join(ROOT, folder)):
            os.remove(os.path.join(ROOT, folder, name))
    write("sample", "1", "yna")
    write("sample", "2", "yyy")
    write("sample", "3", "aa")
    write("secret", "01-single-yes", "y")
    write("secret", "02-single-abstain", "a")
    write("secret", "03-tied-from-start", "ynyn")
    write("secret", "04-nested", "yynnayyynnn")
    write("secret", "05-small-random", rand(400, [2, 2, 1]))
    # every stretch is tied: C(100001, 2) = 5000050000, beyond 32 bits
    write("secret", "06-all-abstain", "a" * MAX_N)
    write("secret", "07-alternating", "yn" * (MAX_N // 2))
    write("secret", "08-random-large", rand(MAX_N, [1, 1, 1]))
    write("secret", "09-drifting", rand(MAX_N, [11, 10, 3]))
    write("secret", "10-no-abstain", rand(MAX_N, [1, 1, 0]))
    write("secret", "11-all-yes", "y" * MAX_N)


main()
