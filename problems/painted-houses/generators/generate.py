#!/usr/bin/env python3
"""Writes data/ of painted-houses: run from anywhere, `python3 generators/generate.py`.

Deterministic (fixed seed). Answers by inclusion-exclusion with exact integers, cross-checked
against counting house by house for small n (each test is one call).
"""
import json
import math
import os
import random

random.seed(20261201)
ROOT = os.path.join(os.path.dirname(__file__), "..", "data")
MAX = 10**18


def answer(n, a, b):
    lcm = a // math.gcd(a, b) * b
    return n // a + n // b - n // lcm


def brute(n, a, b):
    return sum(1 for x in range(1, n + 1) if x % a == 0 or x % b == 0)


def write(folder, name, n, a, b):
    assert 1 <= n <= MAX and 1 <= a <= MAX and 1 <= b <= MAX
    expected = answer(n, a, b)
    if n <= 10**5:
        assert expected == brute(n, a, b)
    with open(os.path.join(ROOT, folder, name + ".in"), "w") as f:
        f.write(json.dumps([n, a, b]) + "\n")
    with open(os.path.join(ROOT, folder, name + ".ans"), "w") as f:
        f.write(json.dumps(expected) + "\n")


def main():
    for folder in ("sample", "secret"):
        path = os.path.join(ROOT, folder)
        os.makedirs(path, exist_ok=True)
        for name in os.listdir(path):
            os.remove(os.path.join(path, name))
    write("sample", "1", 10, 2, 3)
    write("sample", "2", 20, 4, 8)
    write("sample", "3", 5, 7, 6)
    for n in range(1, 300):
        a, b = random.randint(1, 40), random.randint(1, 40)
        answer(n, a, b) == brute(n, a, b) or exit(f"mismatch {n} {a} {b}")
    write("secret", "01-one-house", 1, 1, 1)
    write("secret", "02-same-painter", 100, 7, 7)
    write("secret", "03-a-is-one", 99999, 1, 12345)
    write("secret", "04-coprime-small", 100000, 6, 35)
    write("secret", "05-shared-factor", 100000, 12, 18)
    write("secret", "06-max-n-small-steps", MAX, 2, 3)
    write("secret", "07-max-n-equal", MAX, 999_999_937, 999_999_937)
    # lcm = 10^18 exactly: fits, and divides n once
    write("secret", "08-lcm-equals-n", MAX, 2**18, 5**18)
    # lcm of two large coprime numbers is about 10^36: an unchecked 64-bit product overflows
    write("secret", "09-lcm-overflows", MAX, 999_999_999_989, 999_999_999_959)
    write("secret", "10-big-coprime-near-sqrt", MAX, 1_000_000_007, 998_244_353)
    write("secret", "11-steps-above-n", 10**17, MAX, MAX - 1)
    write("secret", "12-huge-steps-one-fits", MAX, MAX, 3 * 10**17)
    # coprime, lcm = 2^64 + 2^34 + 3: modulo 2^64 the product wraps to a small number
    write("secret", "13-product-wraps-to-small", MAX, 2**32 + 1, 2**32 + 3)
    write("secret", "14-random-large", random.randint(MAX // 2, MAX), random.randint(1, 10**9), random.randint(1, 10**9))
    write("secret", "15-random-huge", random.randint(1, MAX), random.randint(1, MAX // 1000), random.randint(1, 10**6))


main()
