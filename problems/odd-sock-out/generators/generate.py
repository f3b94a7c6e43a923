#!/usr/bin/env python3
"""Writes data/ of odd-sock-out: run from anywhere, `python3 generators/generate.py`.

Deterministic (fixed seed). Answers by XOR, cross-checked against counting with a Counter.
"""
import json
import os
import random
from collections import Counter

random.seed(20261129)
ROOT = os.path.join(os.path.dirname(__file__), "..", "data")
LOW, HIGH = -(2**31), 2**31 - 1
MAX_N = 10**5


def answer(socks):
    result = 0
    for x in socks:
        result ^= x
    # XOR of Python's unbounded ints keeps the sign for 32-bit inputs
    return result


def brute(socks):
    once = [x for x, c in Counter(socks).items() if c == 1]
    assert len(once) == 1
    return once[0]


def check(socks):
    n = len(socks)
    assert 1 <= n <= MAX_N and n % 2 == 1
    assert all(LOW <= x <= HIGH for x in socks)
    counts = Counter(socks)
    assert sorted(counts.values()).count(1) == 1 and all(c in (1, 2) for c in counts.values())


def pile(pairs, lonely, shuffle=True):
    socks = [x for x in pairs for _ in range(2)] + [lonely]
    if shuffle:
        random.shuffle(socks)
    return socks


def distinct(count, low=LOW, high=HIGH, avoid=()):
    seen = set(avoid)
    out = []
    while len(out) < count:
        x = random.randint(low, high)
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


def write(folder, name, socks):
    check(socks)
    expected = answer(socks)
    assert expected == brute(socks)
    os.makedirs(os.path.join(ROOT, folder), exist_ok=True)
    with open(os.path.join(ROOT, folder, name + ".in"), "w") as f:
        f.write(json.dumps([socks], separators=(",", ":")) + "\n")
    with open(os.path.join(ROOT, folder, name + ".ans"), "w") as f:
        f.write(json.dumps(expected) + "\n")


def main():
    for folder in ("sample", "secret"):
        path = os.path.join(ROOT, folder)
        os.makedirs(path, exist_ok=True)
        for name in os.listdir(path):
            os.remove(os.path.join(path, name))
    write("sample", "1", [4, 7, 4])
    write("sample", "2", [-3, 12, 5, 12, -3])
    write("sample", "3", [9])
    write("secret", "01-single-zero", [0])
    write("secret", "02-single-min", [LOW])
    write("secret", "03-lonely-first", [1, 2, 2, 3, 3])
    write("secret", "04-lonely-last-sorted", [1, 1, 2, 2, 3, 3, 4])
    write("secret", "05-lonely-is-zero", pile([5, -5, 7], 0))
    write("secret", "06-extremes", pile([LOW, HIGH, -1, 0], 1))
    write("secret", "07-lonely-max", pile([LOW, 0, 1, -1], HIGH))
    write("secret", "08-negatives", pile(distinct(50, -1000, -1), -2000))
    small = distinct(1001, -100000, 100000)
    write("secret", "09-sorted-lonely-largest", sorted(pile(small[:1000], 100001, shuffle=False)))
    wide = distinct(20001)
    write("secret", "10-random-medium", pile(wide[:20000], wide[20000]))
    big = distinct(MAX_N // 2, -(10**5), 10**5)
    write("secret", "11-max-n-shuffled", pile(big[:-1], big[-1]))
    # pairs adjacent, lonely one at the very end: the worst case of a scan that stops at the answer
    write("secret", "12-lonely-at-end", pile(big[1:15001], big[0], shuffle=False))


main()
